def divisor(n):
    """
    Calculate the number of divisors for a given integer n.

    Parameters:
    - `n` (int): The input integer.

    Returns:
    - `count` (int): The total number of divisors of `n`.
    """
    if not isinstance(n, int) or n < 1:
        raise ValueError("Input must be a positive integer.")

    count = 0
    # Iterate from 1 to n (inclusive) to check for divisors
    for i in range(1, n + 1):
        # Check if 'i' is a divisor of 'n'
        if n % i == 0:
            count += 1
    
    return count
