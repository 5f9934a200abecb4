def pairs_sum_at_most(values: list[int], limit: int) -> int:
    """Count index pairs (i, j) with i < j and values[i] + values[j] <= limit.

    Each pair of positions is counted once, so equal values at different positions
    form distinct pairs. The list may be empty and may hold duplicates and negative
    numbers; the input list must not be changed.

    >>> pairs_sum_at_most([1, 5, 3, 2], 5)
    3
    >>> pairs_sum_at_most([4, 4, 4], 8)
    3
    """
