def replace_spaces(input_string: str) -> str:
    """
    Toggles replacement between whitespaces and underscores in a given string.
    
    If the string contains more whitespaces, it replaces them with underscores.
    Conversely, if it contains more underscores, it replaces them with whitespaces.
    
    :param input_string: The input string to process.
    :return: The modified string with toggled whitespace/underscore replacement.
    """
    if input_string.count(' ') > input_string.count('_'):
        # More spaces, replace with underscores
        return input_string.replace(' ', '_')
    else:
        # More or equal underscores (including 0), replace with spaces
        return input_string.replace('_', ' ')
