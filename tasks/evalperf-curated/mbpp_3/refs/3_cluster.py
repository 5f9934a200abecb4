import math
def is_not_prime(n):
    """
    Checks if a number is NOT a prime number.

    Args:
        n: The number to check.

    Returns:
        True if n is not a prime number (including 0, 1, and negative numbers), False otherwise.
    """
    if n <= 1:
        return True  # 0 and 1 are not prime

    if n <= 3:
        return False # 2 and 3 are prime

    if n % 2 == 0 or n % 3 == 0:
        return True

    # Optimized primality test.  Check divisibility only by 6k ± 1
    for i in range(5, int(math.sqrt(n)) + 1, 6):
        if n % i == 0 or n % (i + 2) == 0:
            return True

    return False
