def longest_increasing_subsequence(values: list[int]) -> int:
    """Return the length of the longest strictly increasing subsequence of values.

    A subsequence keeps the original order but may skip elements. Strictly increasing
    means each chosen element is greater than the one before it, so equal values can
    never both be chosen. An empty list has answer 0.

    >>> longest_increasing_subsequence([5, 1, 4, 2, 3, 3, 9])
    4
    >>> longest_increasing_subsequence([7, 7, 7])
    1
    """
