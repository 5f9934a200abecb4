def replace_char(string: str, char_to_replace: str, replacement: str) -> str:
    """
    Replaces all occurrences of a character in a string with another character.

    Args:
    string (str): The original string.
    char_to_replace (str): The character to be replaced in the string.
    replacement (str): The character to replace with.

    Returns:
    str: A new string with characters replaced.

    Examples:
    >>> replace_char("polygon", 'y', 'l')
    'pollgon'
    >>> replace_char("abcdef", 'a', 'z')
    'zbcdef'
    """
    # Check if both char_to_replace and replacement are single characters
    if len(char_to_replace) != 1 or len(replacement) != 1:
        raise ValueError("The replacement parameters must be single characters.")

    # Use string translation for efficiency
    translation_table = str.maketrans(char_to_replace, replacement)
    return string.translate(translation_table)
