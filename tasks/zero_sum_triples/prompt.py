def zero_sum_triples(values: list[int]) -> int:
    """Count the position triples i < j < k with values[i] + values[j] + values[k] == 0.

    Triples are told apart by their positions, so repeated values produce several
    triples. The list may be empty, hold duplicates and negative numbers. The input
    list must not be changed.

    >>> zero_sum_triples([-1, 0, 1, 2, -1])
    3
    >>> zero_sum_triples([0, 0, 0, 0])
    4
    """
