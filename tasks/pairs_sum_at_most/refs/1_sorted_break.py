def pairs_sum_at_most(values: list[int], limit: int) -> int:
    ordered = sorted(values)
    n = len(ordered)
    count = 0
    for i in range(n):
        room = limit - ordered[i]
        for j in range(i + 1, n):
            if ordered[j] > room:
                break
            count += 1
    return count
