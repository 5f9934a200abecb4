def count_inversions(values: list[int]) -> int:
    """Return how many index pairs (i, j) with i < j have values[i] > values[j].

    The list may be empty and may hold duplicates and negative numbers; equal values
    do not form an inversion.

    >>> count_inversions([3, 1, 2])
    2
    >>> count_inversions([1, 1, 1])
    0
    """
