def median_meeting_cost(positions: list[int]) -> int:
    """People stand at integer positions on a line; return the least total walking distance.

    Everybody walks to one common integer meeting point p, and the cost is the sum of
    |x - p| over all positions x. Return the minimum possible cost. Several people may
    share a position; positions may be negative. An empty list costs 0. The input
    list must not be changed.

    >>> median_meeting_cost([1, 2, 9])
    8
    >>> median_meeting_cost([-4, 4])
    8
    """
