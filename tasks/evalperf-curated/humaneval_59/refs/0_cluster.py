import unittest
def largest_prime_factor(n: int) -> int:
    """
    Return the largest prime factor of n.
    
    Args:
        n: An integer greater than 1 and not a prime.
    
    Returns:
        The largest prime factor of n.
    """
    def is_prime(num: int) -> bool:
        """Check if a number is prime."""
        if num < 2:
            return False
        for i in range(2, int(num ** 0.5) + 1):
            if num % i == 0:
                return False
        return True

    max_factor = 2
    for i in range(2, n):
        if n % i == 0 and is_prime(i):
            max_factor = i
    return max_factor
