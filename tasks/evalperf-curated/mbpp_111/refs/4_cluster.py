def common_in_nested_lists(nested_lists):
    """
    Finds the common elements in given nested lists.

    Args:
        nested_lists: A list of lists containing numbers.

    Returns:
        A set containing the common elements.  Returns an empty set if input is invalid or no common elements exist.
    """
    if not isinstance(nested_lists, list):
        return set()  # Handle invalid input
    if not all(isinstance(inner_list, list) for inner_list in nested_lists):
        return set() # Handle invalid input
    if not nested_lists:
        return set() #Handle empty input

    #Efficient approach using sets for intersection
    common_elements = set(nested_lists[0])
    for lst in nested_lists[1:]:
        common_elements.intersection_update(lst)
    return common_elements
