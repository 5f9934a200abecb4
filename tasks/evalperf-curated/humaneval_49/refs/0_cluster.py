import doctest
def modp(n: int, p: int) -> int:
    """Return 2^n modulo p efficiently using exponentiation by squaring.

    Args:
        n (int): The exponent to which 2 is raised.
        p (int): The modulus to compute the result modulo.

    Returns:
        int: 2^n modulo p.

    Examples:
        >>> modp(3, 5)
        3
        >>> modp(1101, 101)
        2
        >>> modp(0, 101)
        1
        >>> modp(3, 11)
        8
        >>> modp(100, 101)
        1
    """
    # Base case: if n is 0, return 1
    if n == 0:
        return 1 % p
    
    # Use exponentiation by squaring to compute 2^n % p efficiently
    result = 1
    base = 2 % p
    
    # While n is greater than 0
    while n > 0:
        # If n is odd, multiply result with base
        if n & 1:
            result = (result * base) % p
        # Square the base
        base = (base * base) % p
        # Integer division of n by 2
        n >>= 1

    return result
