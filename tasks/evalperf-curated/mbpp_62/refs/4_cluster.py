def smallest_num(numbers):
    """
    Returns the smallest number in a list of numbers.

    Args:
        numbers (list): A list of numbers (int or float).

    Returns:
        int or float: The smallest number in the list.

    Raises:
        ValueError: If the input list is empty.
        TypeError: If the list contains non-numeric values.
    """
    # Check if list is empty
    if not numbers:
        raise ValueError("Input list is empty")

    # Attempt to find the smallest number, assuming all elements are numeric
    try:
        return min(numbers)
    except TypeError:
        # If a TypeError occurs, the list contains non-numeric values
        raise TypeError("List contains non-numeric values")
