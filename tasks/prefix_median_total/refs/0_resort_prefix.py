def prefix_median_total(values: list[int]) -> int:
    total = 0
    for m in range(1, len(values) + 1):
        total += sorted(values[:m])[(m - 1) // 2]
    return total
