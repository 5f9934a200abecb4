def count_Occurrence(tup, lst):
    """
    Count the occurrences of all elements from the list in the tuple.

    Args:
    tup (tuple): The tuple in which elements are to be counted.
    lst (list): List containing elements whose occurrences are to be counted in the tuple.

    Returns:
    int: Total count of all specified elements in the tuple.

    Example:
    >>> count_Occurrence(('a', 'a', 'c', 'b', 'd'), ['a', 'b'])
    3
    """
    # Initialize counter to 0
    count = 0
    
    # Convert tuple to a list for easier element checking
    tup_list = list(tup)
    
    # Count occurrences of each element in the list within the tuple
    for item in lst:
        count += tup_list.count(item)
    
    return count
