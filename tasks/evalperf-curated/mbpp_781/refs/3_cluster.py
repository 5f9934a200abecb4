import math
def count_divisors(n):
    """
    Check whether the count of divisors of n is even.

    Args:
        n (int): The number to check.

    Returns:
        bool: True if the number of divisors is even, False otherwise.
    """
    # A number has an odd count of divisors only if it's a perfect square
    sqrt_n = math.isqrt(n)
    if sqrt_n * sqrt_n == n:
        return False  # Odd number of divisors
    return True        # Even number of divisors
