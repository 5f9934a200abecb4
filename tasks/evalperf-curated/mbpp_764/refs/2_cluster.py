def number_ctr(input_string: str) -> int:
    """
    Count the number of digits in the given string.
    
    Parameters:
    input_string (str): The string to be analyzed.
    
    Returns:
    int: The number of digits in the string.
    """
    return sum(1 for char in input_string if char.isdigit())
