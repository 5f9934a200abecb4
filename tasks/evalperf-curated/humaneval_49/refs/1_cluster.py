import unittest
def modp(n: int, p: int) -> int:
    """
    Return 2^n modulo p (be aware of numerics).

    This function uses the built-in pow function with three arguments to compute
    (a**b) % c efficiently. The third argument to pow is optional and is the
    modulus.

    Args:
        n (int): The exponent.
        p (int): The modulus.

    Returns:
        int: 2^n modulo p.
    """
    return pow(2, n, p)
