def is_prime(n):
    """Return true if a given number is prime, and false otherwise.
    >>> is_prime(6)
    False
    >>> is_prime(101)
    True
    >>> is_prime(11)
    True
    >>> is_prime(13441)
    True
    >>> is_prime(61)
    True
    >>> is_prime(4)
    False
    >>> is_prime(1)
    False
    """

    # Check if the number is less than 2 or not an integer, it's not prime
    if n < 2 or not isinstance(n, int):
        return False

    # Check if the number is 2, it's prime
    if n == 2:
        return True

    # Check if the number is divisible by 2, it's not prime
    if n % 2 == 0:
        return False

    # Check divisibility from 3 to sqrt(n)
    i = 3
    while i * i <= n:
        if n % i == 0:
            return False
        i += 2

    return True
