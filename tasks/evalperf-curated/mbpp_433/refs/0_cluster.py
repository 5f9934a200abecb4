def check_greater(array, number):
    """
    Checks if a given number is greater than all elements in an array.

    Args:
        array (list): List of numbers.
        number (int or float): The number to compare with the array elements.

    Returns:
        bool: True if the number is greater than all elements, False otherwise.
    """
    # Check if input array is actually a list
    if not isinstance(array, list):
        raise TypeError("Input 'array' must be a list.")
    
    # Check if all elements in the array and the number are either int or float
    if not all(isinstance(x, (int, float)) for x in array) or not isinstance(number, (int, float)):
        raise TypeError("All elements in the array and the number must be either int or float.")
    
    # Use the built-in all() function with a generator expression to check the condition
    return all(number > element for element in array)
