def subarrays_with_sum(values: list[int], target: int) -> int:
    n = len(values)
    count = 0
    for i in range(n):
        for j in range(i + 1, n + 1):
            if sum(values[i:j]) == target:
                count += 1
    return count
