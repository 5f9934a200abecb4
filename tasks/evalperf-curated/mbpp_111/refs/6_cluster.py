def common_in_nested_lists(nested_lists):
    """
    Finds the common elements in the given nested lists.

    Parameters:
    nested_lists (List[List[Any]]): A list of lists to find common elements in.

    Returns:
    List[Any]: A list of common elements.
    """
    if not nested_lists:
        return []
    
    # Initialize the intersection with the first list as a set
    common_set = set(nested_lists[0])
    
    # Iterate through the remaining lists and perform intersection
    for lst in nested_lists[1:]:
        common_set.intersection_update(lst)
        # Early exit if no common elements
        if not common_set:
            break
    
    return list(common_set)
