def total_popcount(values: list[int]) -> int:
    """Return the total number of 1 bits in the binary forms of all the values.

    A negative value counts the 1 bits of its absolute value (so -5, binary -101, has two).
    Values may be arbitrarily large; the list may be empty, in which case the total is 0.

    >>> total_popcount([5, 0, 7])
    5
    >>> total_popcount([-8, 255])
    9
    """
