def prefix_median_total(values: list[int]) -> int:
    """Read values from left to right. After each value is read, take the lower median of
    everything read so far (with m values in sorted order s, that is s[(m - 1) // 2]) and
    return the sum of these m lower medians over the whole list.

    An empty list gives 0. Values may be negative and may repeat.

    >>> prefix_median_total([3, 1, 2])
    6
    >>> prefix_median_total([5, 1, 4, 4])
    14
    """
