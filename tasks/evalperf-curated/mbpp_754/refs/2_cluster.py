def extract_index_list(l1, l2, l3):
    """
    Finds elements common to three lists at the same index.

    This function compares elements of three lists at each index to find
    elements that are the same in all three lists.

    Args:
    l1 (list): First list of elements.
    l2 (list): Second list of elements.
    l3 (list): Third list of elements.

    Returns:
    list: A list containing elements that are identical in all three lists at the same index.

    Example:
    >>> extract_index_list([1, 1, 3, 4, 5, 6, 7], [0, 1, 2, 3, 4, 5, 7], [0, 1, 2, 3, 4, 5, 7])
    [1, 7]
    """
    # Use list comprehension to check for equality at each index
    return [val for i, val in enumerate(l1) if i < len(l2) and i < len(l3) and l1[i] == l2[i] == l3[i]]
