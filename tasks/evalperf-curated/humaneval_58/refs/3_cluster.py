def common(l1: list, l2: list) -> list:
    """
    Return sorted unique common elements for two lists.

    Args:
    l1 (list): The first list.
    l2 (list): The second list.

    Returns:
    list: A sorted list of unique common elements from both lists.
    """
    # Find the set intersection of both lists to get unique common elements
    common_elements = set(l1).intersection(l2)
    
    # Convert the set back to a list and sort it
    result = sorted(list(common_elements))
    
    return result
