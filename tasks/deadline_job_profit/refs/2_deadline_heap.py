from heapq import heappush, heapreplace
from operator import itemgetter


def deadline_job_profit(jobs: list[list[int]]) -> int:
    # Scan jobs by deadline, keeping the profits of the chosen jobs in a min-heap. A job
    # fits if fewer than `deadline` jobs are chosen; otherwise it may replace the cheapest.
    chosen: list[int] = []
    for deadline, profit in sorted(jobs, key=itemgetter(0)):
        if profit <= 0:
            continue
        if len(chosen) < deadline:
            heappush(chosen, profit)
        elif chosen and chosen[0] < profit:
            heapreplace(chosen, profit)
    return sum(chosen)
