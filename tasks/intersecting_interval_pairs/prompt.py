def intersecting_interval_pairs(intervals: list[list[int]]) -> int:
    """Each interval [start, end] (start <= end) is closed: it contains both endpoints, so
    [1, 3] and [3, 5] intersect (they share the point 3). Return the number of index pairs
    (i, j) with i < j whose intervals share at least one point.

    Identical intervals at different indices count as a pair; the list may be empty.

    >>> intersecting_interval_pairs([[1, 3], [3, 5], [6, 7]])
    1
    >>> intersecting_interval_pairs([[0, 10], [2, 2], [4, 6]])
    2
    """
