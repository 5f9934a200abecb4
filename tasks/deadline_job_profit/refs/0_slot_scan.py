def deadline_job_profit(jobs: list[list[int]]) -> int:
    # Most profitable first; put each job in the latest free slot not after its deadline,
    # found by walking backwards over a slot table.
    order = sorted(jobs, key=lambda job: job[1], reverse=True)
    n = len(jobs)
    taken = [False] * (n + 1)
    total = 0
    for deadline, profit in order:
        if profit <= 0:
            break
        slot = min(deadline, n)
        while slot > 0 and taken[slot]:
            slot -= 1
        if slot > 0:
            taken[slot] = True
            total += profit
    return total
