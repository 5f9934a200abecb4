def replace_char(s, char_to_replace, replacement_char):
    """
    Replaces all occurrences of char_to_replace with replacement_char in string s.

    Args:
    s (str): The original string.
    char_to_replace (str): The character to be replaced, should be a single character string.
    replacement_char (str): The character to replace with, should be a single character string.

    Returns:
    str: A new string with the specified character replaced.

    Raises:
    ValueError: If either char_to_replace or replacement_char is not a single character.

    Example:
    >>> replace_char("polygon", 'y', 'l')
    'pollgon'
    """
    # Check if the chars to replace and replace with are exactly one character long
    if len(char_to_replace) != 1 or len(replacement_char) != 1:
        raise ValueError("Both the character to replace and the replacement must be single characters.")
    
    # Using list comprehension for efficiency in string manipulation
    return ''.join([replacement_char if c == char_to_replace else c for c in s])
