def assign_tellers(arrivals: list[int], durations: list[int], tellers: int) -> list[int]:
    # For every customer scan all tellers twice with plain loops: once for the earliest
    # moment any teller is idle, once for the lowest-numbered teller idle at the start time.
    free_at = [0] * tellers
    result = []
    for i in range(len(arrivals)):
        earliest = free_at[0]
        for j in range(1, tellers):
            if free_at[j] < earliest:
                earliest = free_at[j]
        start = arrivals[i]
        if earliest > start:
            start = earliest
        for j in range(tellers):
            if free_at[j] <= start:
                free_at[j] = start + durations[i]
                result.append(j)
                break
    return result
