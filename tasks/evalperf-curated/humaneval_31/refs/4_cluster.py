def is_prime(n):
    """Return true if a given number is prime, and false otherwise."""

    # Check if the number is less than 2 (not prime)
    if n <= 1:
        return False

    # Check if the number is 2 or 3 (both are prime)
    if n in (2, 3):
        return True

    # Check if the number is divisible by 2 or 3 (not prime)
    if n % 2 == 0 or n % 3 == 0:
        return False

    # Check for factors from 5 up to the square root of n
    i = 5
    while i * i <= n:
        if n % i == 0 or n % (i + 2) == 0:
            return False
        i += 6

    return True
