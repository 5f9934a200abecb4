def divisor_count_sum(n: int) -> int:
    # each a in 1..n divides exactly n // a of the numbers 1..n
    total = 0
    for a in range(1, n + 1):
        total += n // a
    return total
