def widest_sorted_gap(values: list[int]) -> int:
    """Return the largest difference between two neighbours of the list sorted ascending.

    Only the order of the values matters, not their positions; duplicates are kept
    (two equal neighbours have a difference of 0). Return 0 when the list holds fewer
    than two values. The input list must not be changed.

    >>> widest_sorted_gap([3, 9, 1, 4])
    5
    >>> widest_sorted_gap([7])
    0
    """
