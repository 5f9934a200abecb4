import math
def largest_prime_factor(n: int):
    """Return the largest prime factor of n. Assume n > 1 and is not a prime.
    >>> largest_prime_factor(13195)
    29
    >>> largest_prime_factor(2048)
    2
    """
    # Start with the smallest prime number
    factor = 2
    last_factor = 1

    # Continue until the square root of n
    while factor <= math.isqrt(n):
        if n % factor == 0:
            last_factor = factor
            n //= factor
        else:
            factor += 1

    # If n is greater than 1 at this point, it is the largest prime factor
    return max(n, last_factor)
