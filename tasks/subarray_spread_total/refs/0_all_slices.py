def subarray_spread_total(values: list[int]) -> int:
    n = len(values)
    total = 0
    for i in range(n):
        for j in range(i + 1, n + 1):
            part = values[i:j]
            total += max(part) - min(part)
    return total
