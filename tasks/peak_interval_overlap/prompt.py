def peak_interval_overlap(intervals: list[list[int]]) -> int:
    """Each interval [start, end] (start <= end) stands for the half-open range of real
    numbers start <= x < end, so an interval that ends at t does not overlap one that
    starts at t, and an interval with start == end covers nothing. Return the largest
    number of intervals that all cover one common point (0 if no point is covered).

    >>> peak_interval_overlap([[1, 5], [2, 6], [5, 8]])
    2
    >>> peak_interval_overlap([[0, 3], [3, 4]])
    1
    """
