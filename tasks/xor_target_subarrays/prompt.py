def xor_target_subarrays(values: list[int], target: int) -> int:
    """Return how many non-empty contiguous sublists values[i:j] (0 <= i < j <= len(values))
    have a bitwise XOR of all their elements equal to target.

    All values and the target are non-negative; the list may be empty.

    >>> xor_target_subarrays([1, 2, 3], 3)
    2
    >>> xor_target_subarrays([5, 5, 5], 0)
    2
    """
