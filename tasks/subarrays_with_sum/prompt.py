def subarrays_with_sum(values: list[int], target: int) -> int:
    """Count the non-empty contiguous slices values[i:j] whose elements add up to target.

    Slices are identified by their positions, so equal slices at different positions
    are counted separately. Values and target may be negative or zero; an empty list
    has no slices. The input list must not be changed.

    >>> subarrays_with_sum([1, 2, 3], 3)
    2
    >>> subarrays_with_sum([0, 0], 0)
    3
    """
