def count_element_in_list(lst, elem):
    """
    Counts the number of sublists containing a particular element.

    Args:
        lst (list of list): A list of lists.
        elem (int/any): Element to search in the sublists.

    Returns:
        int: Number of sublists containing the element.

    Raises:
        ValueError: If the list contains any non-list element.

    Test:
    >>> count_element_in_list([[1, 3], [5, 7], [1, 11], [1, 15, 7]], 1) == 3
    """
    count = 0

    # Validate input list
    for sublist in lst:
        if not isinstance(sublist, list):
            raise ValueError('All elements of the list must be sublists.')

    for sublist in lst:
        if elem in sublist:
            count += 1

    return count
