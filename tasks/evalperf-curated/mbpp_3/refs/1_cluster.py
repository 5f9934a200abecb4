def is_not_prime(n):
    """
    Returns True if n is not a prime number, False otherwise.
    """
    if n <= 1:
        return True  # Numbers less than or equal to 1 are not prime
    if n <= 3:
        return False  # 2 and 3 are prime numbers
    if n % 2 == 0 or n % 3 == 0:
        return True  # Divisible by 2 or 3 means n is not prime

    # Check for factors up to the square root of n
    i = 5
    w = 2
    while i * i <= n:
        if n % i == 0:
            return True  # Found a factor, n is not prime
        i += w
        w = 6 - w  # Alternate between steps of 2 and 4
    return False  # No factors found, n is prime
