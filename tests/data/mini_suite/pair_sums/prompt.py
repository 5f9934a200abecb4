def pair_sums(values: list[int]) -> int:
    """Return the sum of values[i] * values[j] over all index pairs i < j.

    >>> pair_sums([1, 2, 3])
    11
    """
