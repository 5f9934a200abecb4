def distinct_count(values: list[int]) -> int:
    """Return how many different values ``values`` holds.

    >>> distinct_count([3, 1, 3, 2])
    3
    """
