def extract_index_list(l1, l2, l3):
    """
    Find common elements from three lists that are at the same index in all lists.

    Args:
    l1, l2, l3 (list): The lists to compare.

    Returns:
    list: A list containing elements that appear at the same index in all three lists.

    Example:
    >>> extract_index_list([1, 1, 3, 4, 5, 6, 7], [0, 1, 2, 3, 4, 5, 7], [0, 1, 2, 3, 4, 5, 7])
    [1, 7]
    """
    # Ensure lists are of the same length by truncating to the length of the shortest list
    min_length = min(len(l1), len(l2), len(l3))
    
    # Use list comprehension with zip to iterate through lists in parallel
    # Include an element if it's the same in all lists at the same index
    common_elements = [elem for elem in zip(l1[:min_length], l2[:min_length], l3[:min_length]) if len(set(elem)) == 1]
    
    # Since we know all elements in each tuple are the same, we take the first one
    return [element[0] for element in common_elements]
