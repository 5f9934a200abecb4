def replace_char(s, char_to_replace, replacement_char):
    """
    Replace all occurrences of char_to_replace with replacement_char in the string s.
    
    Args:
    s (str): The original string to modify.
    char_to_replace (str): The character to be replaced. Must be a single character.
    replacement_char (str): The character to replace with. Must be a single character.
    
    Returns:
    str: A new string with replacements made.
    
    Raises:
    ValueError: If char_to_replace or replacement_char are not single characters.
    """
    if len(char_to_replace) != 1 or len(replacement_char) != 1:
        raise ValueError("Both char_to_replace and replacement_char must be single characters.")
    
    # Create a new string where each character is checked and replaced if necessary
    return ''.join(replacement_char if c == char_to_replace else c for c in s)
