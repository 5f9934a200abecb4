def digit_sum_total(values: list[int]) -> int:
    """Return the sum of all decimal digits of all the values.

    The sign of a negative value is ignored (-305 contributes 3 + 0 + 5 = 8). The list may
    be empty (total 0) and values may be arbitrarily large.

    >>> digit_sum_total([12, -305, 0])
    11
    >>> digit_sum_total([999])
    27
    """
