def unique_Element(input_list):
    """
    Checks if all elements in a list are identical (i.e., only one distinct element).

    Args:
        input_list (list): A list of numbers.

    Returns:
        bool: True if the list contains only one distinct element, False otherwise.
    """
    # Check if the list is empty
    if not input_list:
        return True  # An empty list can be considered to have "one distinct element" in this context, or adjust based on your specific needs
    
    # Compare all elements to the first element in the list
    return all(element == input_list[0] for element in input_list)
