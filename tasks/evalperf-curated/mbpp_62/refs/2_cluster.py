def smallest_num(numbers):
    """
    Finds the smallest number in the given list.

    Args:
    numbers (list): A list of numbers.

    Returns:
    int or float: The smallest number in the list.

    Raises:
    ValueError: If the list is empty.

    Example:
    >>> smallest_num([10, 20, 1, 45, 99])
    1
    """
    # Check if the list is not empty to avoid IndexError
    if not numbers:
        raise ValueError("The list cannot be empty")
    
    # Initialize smallest with the first element or infinity for non-empty lists
    smallest = min(numbers)
    
    # This isn't necessary for the Python `min()` function but included for clarity
    for number in numbers:
        if number < smallest:
            smallest = number
            
    return smallest
