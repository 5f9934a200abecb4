def divisor_count_sum(n: int) -> int:
    """Return d(1) + d(2) + ... + d(n), where d(k) is the number of positive divisors of k.

    Equivalently, the number of pairs of positive integers (a, b) with a * b <= n.
    For n <= 0 the answer is 0.

    >>> divisor_count_sum(6)
    14
    >>> divisor_count_sum(1)
    1
    """
