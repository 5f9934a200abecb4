def totient_sum(n: int) -> int:
    """Return phi(1) + phi(2) + ... + phi(n), where phi is Euler's totient function.

    phi(k) counts the integers m with 1 <= m <= k and gcd(m, k) = 1; phi(1) = 1.
    For n <= 0 the sum is empty and the answer is 0.

    >>> totient_sum(5)
    10
    >>> totient_sum(1)
    1
    """
