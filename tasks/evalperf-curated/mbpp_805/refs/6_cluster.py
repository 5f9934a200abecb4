def max_sum_list(list_of_lists):
    """
    Returns the list in a list of lists whose sum of elements is the highest.
    
    Args:
    list_of_lists (list): A list containing lists of numbers.
    
    Returns:
    list: The sublist with the highest sum of elements.
    
    Raises:
    ValueError: If the input list is empty.
    """
    if not list_of_lists:
        raise ValueError("Input list cannot be empty")
    
    return max(list_of_lists, key=sum)
