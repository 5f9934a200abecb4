def modp(n: int, p: int) -> int:
    """
    Return 2^n modulo p (be aware of numerics).

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
    import math
    if n < 0:
        return modp(-n, p)  # Negative number simplification
    if p == 0:  # No mod operation for division by zero!
        raise ZeroDivisionError("Cannot divide by zero!")
    return pow(2, n, p)
