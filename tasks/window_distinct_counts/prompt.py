def window_distinct_counts(values: list[int], k: int) -> list[int]:
    """For every window of k consecutive elements, count the distinct values in it.

    Return one count per window, in order: the window starting at position 0 first.
    A list of n elements has n - k + 1 windows; if k > n there are none and the
    result is empty. k >= 1. The input list must not be changed.

    >>> window_distinct_counts([1, 2, 1, 3, 3], 3)
    [2, 3, 2]
    >>> window_distinct_counts([4, 4], 1)
    [1, 1]
    """
