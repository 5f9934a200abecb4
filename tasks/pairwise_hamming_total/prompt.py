def pairwise_hamming_total(values: list[int]) -> int:
    """The Hamming distance of two non-negative integers is the number of bit positions in
    which their binary representations differ. Return the sum of the Hamming distances over
    all index pairs (i, j) with i < j.

    All values are non-negative; the list may be empty and may contain duplicates.

    >>> pairwise_hamming_total([1, 2, 3])
    4
    >>> pairwise_hamming_total([7, 7])
    0
    """
