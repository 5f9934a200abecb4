def next_smallest(lst):
    """
    Returns the 2nd smallest element in a list of integers.
    
    Args:
        lst (list): A list of integers.
    
    Returns:
        int or None: The 2nd smallest element if it exists, otherwise None.
    """
    # Check if the list has less than 2 unique elements
    if len(set(lst)) < 2:
        return None
    
    # Remove duplicates by converting to set and sort the list
    sorted_lst = sorted(set(lst))
    
    # If the list has at least 2 elements after removing duplicates, return the 2nd element
    if len(sorted_lst) > 1:
        return sorted_lst[1]
    else:
        return None
