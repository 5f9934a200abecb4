def xor_target_subarrays(values: list[int], target: int) -> int:
    count = 0
    n = len(values)
    for i in range(n):
        acc = 0
        for j in range(i, n):
            acc ^= values[j]
            if acc == target:
                count += 1
    return count
