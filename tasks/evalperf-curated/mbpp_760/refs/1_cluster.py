def unique_Element(lst):
    """
    Check if all elements in the list are identical.

    Args:
        lst (list): List of numbers.

    Returns:
        bool: True if all elements are the same or the list is empty, False otherwise.
    """
    if not lst:
        return True  # Assuming an empty list has all elements identical
    first_element = lst[0]
    for element in lst[1:]:
        if element != first_element:
            return False
    return True
