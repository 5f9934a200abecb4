def subarrays_with_sum(values: list[int], target: int) -> int:
    n = len(values)
    count = 0
    for i in range(n):
        total = 0
        for j in range(i, n):
            total += values[j]
            if total == target:
                count += 1
    return count
