def prime_sum(n: int) -> int:
    """Return the sum of all prime numbers p with 2 <= p <= n.

    n may be any integer; when n < 2 there are no such primes and the sum is 0.

    >>> prime_sum(10)
    17
    >>> prime_sum(1)
    0
    """
