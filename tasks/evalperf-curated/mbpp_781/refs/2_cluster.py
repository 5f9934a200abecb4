def count_divisors(n):
    """
    Check whether the count of divisors of n is even.

    Args:
        n (int): The number to check.

    Returns:
        bool: True if the number of divisors is even, False otherwise.
    """
    from math import isqrt

    count = 0
    for i in range(1, isqrt(n) + 1):
        if n % i == 0:
            count += 2  # i and n//i are both divisors
    if isqrt(n) ** 2 == n:
        count -= 1  # Correct the count if n is a perfect square

    return count % 2 == 0
