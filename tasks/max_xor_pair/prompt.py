def max_xor_pair(values: list[int]) -> int:
    """Return the largest value of values[i] ^ values[j] (bitwise XOR) over index pairs
    i < j. All values are non-negative. With fewer than two values there is no pair and
    the result is 0.

    >>> max_xor_pair([6, 17, 9, 4])
    24
    >>> max_xor_pair([8, 8])
    0
    """
