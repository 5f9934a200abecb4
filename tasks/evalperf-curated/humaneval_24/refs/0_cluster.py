import doctest
def largest_divisor(n: int) -> int:
    """ 
    Finds the largest number that divides n evenly, excluding n itself.
    
    Args:
    n (int): A positive integer

    Returns:
    int: The largest divisor of n less than n. If n is prime, returns 1.

    Examples:
    >>> largest_divisor(15)
    5
    >>> largest_divisor(7)  # Prime number
    1
    """
    # If n is 1 or 2, 1 is the only divisor smaller than n
    if n <= 2:
        return 1
    
    # Start checking from the largest possible integer less than n down to 2
    for i in range(n - 1, 1, -1):
        if n % i == 0:
            return i
    
    # This line should not be reached unless n is prime
    return 1
