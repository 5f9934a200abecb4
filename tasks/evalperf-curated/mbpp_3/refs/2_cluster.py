def is_not_prime(n):
    """Check if a number is not a prime number.

    Args:
        n (int): The number to check.

    Returns:
        bool: True if the number is not prime, False otherwise.

    Examples:
        >>> is_not_prime(4)
        True
        >>> is_not_prime(5)
        False
    """
    if n <= 1:
        return True  # 0 and 1 are not prime numbers
    if n <= 3:
        return False  # 2 and 3 are prime numbers
    if n % 2 == 0 or n % 3 == 0:
        return True  # multiples of 2 and 3 are not prime
    i = 5
    while i * i <= n:
        if n % i == 0 or n % (i + 2) == 0:
            return True
        i += 6
    return False
