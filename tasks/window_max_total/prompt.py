def window_max_total(values: list[int], k: int) -> int:
    """Slide a window of exactly k consecutive elements across values, one step at a time,
    and return the sum of the largest element of every window position.

    k is at least 1. If the list has fewer than k elements there is no window and the
    result is 0. Values may be negative and may repeat.

    >>> window_max_total([1, 3, 2, 5, 4], 2)
    16
    >>> window_max_total([4, -1, 2], 3)
    4
    """
