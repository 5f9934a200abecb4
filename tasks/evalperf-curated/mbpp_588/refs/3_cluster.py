def big_diff(numbers):
    """
    Calculate the difference between the largest and smallest numbers in a list.
    
    :param numbers: List of integers
    :return: Integer difference between max and min or 0 if list is empty or has only one element
    :raises ValueError: If the list contains non-numeric types
    """
    # Check if the list is empty or contains only one element
    if len(numbers) <= 1:
        return 0
    
    # Try to find max and min, this will also verify if all elements are numbers
    try:
        max_value = max(numbers)
        min_value = min(numbers)
    except TypeError:
        raise ValueError("The list should only contain numbers.")
    
    # Return the difference
    return max_value - min_value
