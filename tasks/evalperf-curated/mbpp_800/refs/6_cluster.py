def remove_all_spaces(input_string: str) -> str:
    """
    Removes all whitespace characters from the input string.
    
    Parameters:
    input_string (str): The string from which to remove spaces.
    
    Returns:
    str: The input string with all spaces removed.
    """
    return input_string.replace(" ", "")
