def largest_divisor(n: int) -> int:
    """ For a given number n, find the largest number that divides n evenly, smaller than n
    >>> largest_divisor(15)
    5
    """
    if n <= 1:
        return 0

    # Start with the largest possible divisor, n-1
    possible_divisor = n - 1

    while possible_divisor > 0:
        if n % possible_divisor == 0:
            # If n is divisible by possible_divisor, return it
            return possible_divisor
        possible_divisor -= 1

    # If the loop terminates, no divisors were found; return 0
    return 0
