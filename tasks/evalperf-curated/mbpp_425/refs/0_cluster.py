def count_element_in_list(nested_list, target):
    """
    Count the number of sublists in a nested list that contain a particular element.

    Args:
    nested_list (list): A list containing sublists.
    target: The element to search for within sublists.

    Returns:
    int: The count of sublists containing the target element.

    Example:
    >>> count_element_in_list([[1, 3], [5, 7], [1, 11], [1, 15, 7]], 1)
    3
    """
    # Use a list comprehension with any() to check for the presence of the target in each sublist
    return sum(1 for sublist in nested_list if any(item == target for item in sublist))
