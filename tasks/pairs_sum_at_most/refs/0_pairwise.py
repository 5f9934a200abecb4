def pairs_sum_at_most(values: list[int], limit: int) -> int:
    count = 0
    n = len(values)
    for i in range(n):
        for j in range(i + 1, n):
            if values[i] + values[j] <= limit:
                count += 1
    return count
