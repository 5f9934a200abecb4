def divisor(n):
    """
    Function to find the number of divisors of a given integer
    
    Args:
    n (int): The integer to find divisors for
    
    Returns:
    int: The number of divisors of n
    """
    divisors = 0
    i = 1
    while i <= n ** 0.5:
        if n % i == 0:
            if n // i == i:
                divisors += 1
            else:
                divisors += 2
        i += 1
    return divisors
