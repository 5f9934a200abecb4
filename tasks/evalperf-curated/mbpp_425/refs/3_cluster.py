def count_element_in_list(sublists, target):
    """
    This function counts the number of sublists containing a particular element.

    Args:
        sublists (list): A list of sublists.
        target (any): The target element to be searched in the sublists.

    Returns:
        int: The number of sublists containing the target element.
    """
    return sum(1 for sublist in sublists if target in sublist)
sublists = [[1, 3], [5, 7], [1, 11], [1, 15, 7]]
target = 1
