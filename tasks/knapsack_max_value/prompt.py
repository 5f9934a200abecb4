def knapsack_max_value(weights: list[int], values: list[int], capacity: int) -> int:
    """Return the largest total value of a subset of items whose total weight is at most capacity.

    Item i has weight weights[i] (a positive integer) and value values[i] (a non-negative
    integer); both lists have the same length. Each item is taken at most once.
    capacity is a non-negative integer. The empty subset (value 0) is always allowed.

    >>> knapsack_max_value([3, 4, 2], [30, 50, 15], 6)
    65
    >>> knapsack_max_value([5], [10], 4)
    0
    """
