def common_in_nested_lists(nested_lists):
    """
    Finds common elements in multiple nested lists.

    Args:
        nested_lists (list): A list of lists containing elements.

    Returns:
        set: A set of common elements.
    """
    # Base case for recursion: if only one list remains, return its elements as a set
    if len(nested_lists) == 1:
        return set(nested_lists[0])
    
    # Recursive case: Find common elements between the first list and the common elements in the remaining lists
    else:
        first_list = set(nested_lists[0])
        common_in_remaining_lists = common_in_nested_lists(nested_lists[1:])
        return first_list.intersection(common_in_remaining_lists)
