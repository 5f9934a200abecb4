def unique(input_list: list) -> list:
    """
    Return sorted unique elements in a list.

    Args:
        input_list (list): A list that may contain duplicate elements.

    Returns:
        list: A new list containing unique elements from the input, in sorted order.

    Examples:
        >>> unique([5, 3, 5, 2, 3, 3, 9, 0, 123])
        [0, 2, 3, 5, 9, 123]
    """
    # Convert the list to a set to eliminate duplicates
    unique_set = set(input_list)
    
    # Convert the set back to a list and sort it
    sorted_unique_list = sorted(list(unique_set))
    
    return sorted_unique_list
