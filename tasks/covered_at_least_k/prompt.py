def covered_at_least_k(intervals: list[list[int]], k: int) -> int:
    """Each interval [start, end] (start <= end) stands for the half-open range
    start <= x < end on the number line, of length end - start. Return the total length of
    the set of points x that lie in at least k of the ranges (k >= 1).

    Ranges may repeat, touch or nest; coordinates may be negative; the list may be empty.

    >>> covered_at_least_k([[0, 4], [2, 6], [3, 5]], 2)
    3
    >>> covered_at_least_k([[0, 4], [2, 6], [3, 5]], 1)
    6
    """
