import math
import doctest
def largest_divisor(n: int) -> int:
    """
    For a given number n, find the largest number that divides n evenly, smaller than n.

    >>> largest_divisor(15)
    5
    >>> largest_divisor(28)
    14
    >>> largest_divisor(13)
    1
    >>> largest_divisor(1)
    None
    >>> largest_divisor(0)
    None
    """
    if n <= 1:
        return None  # No divisors less than n for n <= 1

    max_divisor = 1
    sqrt_n = int(math.sqrt(n))

    for i in range(2, sqrt_n + 1):
        if n % i == 0:
            counterpart = n // i
            if counterpart < n and counterpart > max_divisor:
                max_divisor = counterpart
            if i < n and i > max_divisor:
                max_divisor = i

    return max_divisor
