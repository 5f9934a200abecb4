def top_k_frequent(values: list[int], k: int) -> list[int]:
    """Return the k values that occur most often in the list, most frequent first.

    Values with the same number of occurrences are ordered from smallest to largest,
    and that order also decides which of them make the cut. If fewer than k distinct
    values exist, return all of them. k >= 0. The input list must not be changed.

    >>> top_k_frequent([4, 1, 4, 2, 2, 3], 2)
    [2, 4]
    >>> top_k_frequent([5, -1, 5], 5)
    [5, -1]
    """
