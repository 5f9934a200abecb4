def subarrays_with_sum(values: list[int], target: int) -> int:
    seen = {0: 1}
    total = 0
    count = 0
    for v in values:
        total += v
        count += seen.get(total - target, 0)
        seen[total] = seen.get(total, 0) + 1
    return count
