def replace_specialchar(input_string):
    """
    Replaces all occurrences of spaces, commas, or dots in a given string with colons.

    Args:
        input_string (str): The string to modify.

    Returns:
        str: The modified string with spaces, commas, and dots replaced by colons.
    """
    # Define characters to replace
    chars_to_replace = [' ', ',', '.']
    
    # Use a list comprehension to replace each character in the list with a colon
    # Then, join the resulting list back into a string
    modified_string = ''.join([':' if char in chars_to_replace else char for char in input_string])
    
    return modified_string
