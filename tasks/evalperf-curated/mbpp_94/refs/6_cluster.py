def index_minimum(lst):
    """
    Returns the first element of the tuple with the smallest second value.

    Parameters:
    lst (list of tuples): A list where each tuple contains two elements.

    Returns:
    The first element of the tuple with the smallest second value.
    """
    if not lst:
        raise ValueError("The list is empty")
    
    # Initialize with the first tuple
    min_tuple = lst[0]
    for item in lst[1:]:
        if item[1] < min_tuple[1]:
            min_tuple = item
    return min_tuple[0]
