def extract_singly(nested_list):
    """
    Flatten a list of lists (or tuples) into a single set of numbers.

    Args:
    nested_list (list): A list containing tuples or lists of numbers.

    Returns:
    set: A set containing all numbers from the nested structures.

    Example:
    >>> extract_singly([(3, 4, 5), (4, 5, 7), (1, 4)])
    {1, 3, 4, 5, 7}
    """
    # Convert all tuples or lists to a flat list
    flat_list = []
    for item in nested_list:
        if isinstance(item, (list, tuple)):
            flat_list.extend(item)
        else:
            flat_list.append(item)
    
    # Return the set of unique numbers
    return set(flat_list)
