def deadline_job_profit(jobs: list[list[int]]) -> int:
    # Same greedy; free[s] points towards the latest free slot <= s (0 = none), with path
    # halving so each lookup is nearly constant time.
    order = sorted(jobs, key=lambda job: job[1], reverse=True)
    n = len(jobs)
    free = list(range(n + 1))
    total = 0
    for deadline, profit in order:
        if profit <= 0:
            break
        s = min(max(deadline, 0), n)
        while free[s] != s:
            free[s] = free[free[s]]
            s = free[s]
        if s > 0:
            free[s] = s - 1
            total += profit
    return total
