def discrete_log(g: int, h: int, p: int) -> int:
    """Return the smallest x >= 0 with g**x % p == h, or -1 if there is none.

    p is a prime (p >= 2) and 0 <= g, h < p. Since g**0 == 1, h == 1 always has answer 0;
    for g == 0 the powers are 1, 0, 0, ...

    >>> discrete_log(3, 13, 17)
    4
    >>> discrete_log(4, 3, 7)
    -1
    """
