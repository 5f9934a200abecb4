def weighted_interval_schedule(intervals: list[list[int]]) -> int:
    """Each item is [start, end, weight] with start < end and stands for the half-open time
    range start <= t < end (so a range ending at t and one starting at t do not clash).
    Choose any set of pairwise non-overlapping ranges and return the largest possible sum of
    their weights. Weights may be zero or negative (choosing nothing gives 0).

    >>> weighted_interval_schedule([[1, 4, 5], [3, 6, 6], [4, 7, 4]])
    9
    >>> weighted_interval_schedule([[0, 10, 3], [0, 5, 2], [5, 10, 2]])
    4
    """
