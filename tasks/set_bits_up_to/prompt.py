def set_bits_up_to(limits: list[int]) -> list[int]:
    """For every non-negative integer N in limits, count the 1 bits in the binary
    representations of all integers 0, 1, ..., N together. Return these totals in the same
    order as limits.

    >>> set_bits_up_to([5, 0])
    [7, 0]
    >>> set_bits_up_to([3, 3, 8])
    [4, 4, 13]
    """
