def replace_char(original_string, char_to_replace, replacement_char):
    """
    Replaces all occurrences of `char_to_replace` with `replacement_char` in `original_string`.
    
    Args:
    - original_string (str): The input string to modify.
    - char_to_replace (str): A single character to be replaced.
    - replacement_char (str): A single character to replace with.
    
    Returns:
    - str: The modified string with all occurrences of `char_to_replace` changed to `replacement_char`.
    """
    if not isinstance(original_string, str) or not isinstance(char_to_replace, str) or not isinstance(replacement_char, str):
        raise TypeError("All inputs must be strings.")
    if len(char_to_replace) != 1 or len(replacement_char) != 1:
        raise ValueError("char_to_replace and replacement_char must be single characters.")
    
    return original_string.replace(char_to_replace, replacement_char)
