def divisor(n):
    """
    Calculates the number of divisors of a given integer.

    Args:
        n: The integer for which to find the number of divisors.

    Returns:
        The number of divisors of n.
    """

    if n < 0:
        n = -n  # Handle negative numbers by taking the absolute value

    count = 0
    for i in range(1, int(n**0.5) + 1):  # Optimization: Iterate up to the square root
        if n % i == 0:
            count += 2  # If i is a divisor, n/i is also a divisor
    if int(n**0.5) * int(n**0.5) == n:  # Correct for perfect squares
        count -= 1  # Perfect squares have a duplicate divisor (the square root)

    return count
