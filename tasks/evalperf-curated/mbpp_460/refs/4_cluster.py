def Extract(lst):
    """
    Extracts the first element from each sublist in the given list of lists.
    
    Parameters:
    lst (list): A list of lists from which to extract the first elements.
    
    Returns:
    list: A list containing the first element of each sublist. If a sublist is empty,
          None will be appended for that position.
    
    Examples:
    >>> Extract([[1, 2], [3, 4, 5], [6, 7, 8, 9]])
    [1, 3, 6]
    >>> Extract([])
    []
    >>> Extract([[]])
    [None]
    """
    return [sublist[0] if sublist else None for sublist in lst]
