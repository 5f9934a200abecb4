def pairs_with_difference(values: list[int], diff: int) -> int:
    """Count index pairs (i, j) with i < j and abs(values[i] - values[j]) == diff.

    Pairs are told apart by their positions, so repeated values give several pairs.
    diff >= 0 (with diff == 0, equal values pair up). The list may be empty and may
    hold negative numbers. The input list must not be changed.

    >>> pairs_with_difference([1, 5, 3, 4, 2], 2)
    3
    >>> pairs_with_difference([7, 7, 7], 0)
    3
    """
