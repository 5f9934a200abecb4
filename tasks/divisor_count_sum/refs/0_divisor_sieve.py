def divisor_count_sum(n: int) -> int:
    if n <= 0:
        return 0
    # d(k) for every k by adding 1 to each multiple of every a
    count = [0] * (n + 1)
    for a in range(1, n + 1):
        for m in range(a, n + 1, a):
            count[m] += 1
    return sum(count)
