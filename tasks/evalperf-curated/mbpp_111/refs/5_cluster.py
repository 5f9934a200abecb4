def common_in_nested_lists(nested_lists):
    """
    Finds the common elements among all lists within a nested list structure.
    
    This function iterates through each list in the nested list and uses set 
    intersection to find common elements.

    Parameters:
    nested_lists (list of lists): A list containing lists whose common elements are to be found.

    Returns:
    list: A list of elements common to all inner lists.

    Examples:
    >>> common_in_nested_lists([[12, 18, 23, 25, 45], [7, 12, 18, 24, 28], [1, 5, 8, 12, 15, 16, 18]])
    [18, 12]
    """
    # Check if the nested_lists is empty or contains empty lists
    if not nested_lists or any(not lst for lst in nested_lists):
        return []
    
    # Convert the first list to a set for intersection operations
    common = set(nested_lists[0])
    
    # Iterate over each list in the nested list
    for lst in nested_lists[1:]:
        common = common.intersection(set(lst))
        if not common:
            # If at any point we find no common elements, return an empty list
            return []
    
    # Convert set to list for the result and ensure order consistency
    return sorted(list(common))
