def subarray_spread_total(values: list[int]) -> int:
    """The spread of a non-empty list is its largest element minus its smallest element.
    Return the sum of the spreads of all non-empty contiguous sublists values[i:j]
    (0 <= i < j <= len(values)).

    An empty list has no sublists, so the result is 0. Values may be negative and repeat.

    >>> subarray_spread_total([1, 3, 2])
    5
    >>> subarray_spread_total([4, 4])
    0
    """
