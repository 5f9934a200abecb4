def divisor_count_sum(n: int) -> int:
    # n // a takes O(sqrt n) distinct values; add each value once per block of a's
    total = 0
    a = 1
    while a <= n:
        q = n // a
        last = n // q
        total += q * (last - a + 1)
        a = last + 1
    return total
