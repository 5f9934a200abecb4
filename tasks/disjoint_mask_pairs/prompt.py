def disjoint_mask_pairs(masks: list[int]) -> int:
    """Each entry of masks is a non-negative integer read as a set of bit positions.
    Return the number of index pairs (i, j) with i < j whose sets share no bit, i.e.
    masks[i] & masks[j] == 0.

    Zero shares no bit with anything (also not with another zero). Entries may repeat;
    the list may be empty. All masks are below 2**20.

    >>> disjoint_mask_pairs([1, 2, 3, 4])
    4
    >>> disjoint_mask_pairs([0, 0, 5])
    3
    """
