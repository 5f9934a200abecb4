def Extract(lists):
    """
    Extracts the first element from each sublist in the given list of lists.

    Args:
    lists (List[List[int]]): A list containing lists of integers.

    Returns:
    List[int]: A list with the first element of each sublist.

    Examples:
    >>> Extract([[1, 2], [3, 4, 5], [6, 7, 8, 9]])
    [1, 3, 6]

    Raises:
    ValueError: If the list contains non-list elements or if any sublist is empty.
    """
    try:
        return [sublist[0] for sublist in lists if len(sublist) > 0]
    except (IndexError, TypeError):
        raise ValueError("Invalid input: Each sublist must be non-empty and contain indexable elements.")
