def unique_Element(lst):
    """
    This function checks whether a list of numbers contains only one distinct element or not.

    Args:
        lst (list): A list of numbers.

    Returns:
        bool: True if the list contains only one distinct element, False otherwise.

    Raises:
        ValueError: If the input is not a list.
    """
    # Check if input is a list
    if not isinstance(lst, list):
        raise ValueError("Input must be a list")

    # Check if the list is empty
    if len(lst) == 0:
        return True  # By definition, an empty list contains only one distinct element (i.e., None)

    # Use a set to store unique elements in the list
    unique_elements = set(lst)
    
    # If the number of unique elements is 1, the function returns True
    # Otherwise, it returns False
    return len(unique_elements) == 1
