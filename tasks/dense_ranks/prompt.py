def dense_ranks(values: list[int]) -> list[int]:
    """Replace every value by its dense rank and return the new list.

    The smallest distinct value has rank 1, the next larger distinct value rank 2,
    and so on; equal values share the same rank and no rank is skipped. The input
    list may be empty and may hold duplicates and negative numbers; it must not be
    changed.

    >>> dense_ranks([40, 10, 20, 10])
    [3, 1, 2, 1]
    >>> dense_ranks([-3, 7, 7])
    [1, 2, 2]
    """
