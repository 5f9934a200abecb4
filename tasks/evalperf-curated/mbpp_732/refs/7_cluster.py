def replace_specialchar(text):
    """
    Replaces all occurrences of spaces, commas, or dots with a colon.

    Args:
    text (str): The input string which might contain spaces, commas, and dots.

    Returns:
    str: The modified string where all spaces, commas, and dots are replaced with colons.

    Example:
    >>> replace_specialchar('Python language, Programming language.')
    'Python:language::Programming:language:'
    """
    # Define characters to be replaced
    chars_to_replace = {' ', ',', '.'}
    
    # Use string translation for an efficient replacement
    translation_table = str.maketrans({char: ':' for char in chars_to_replace})
    
    # Translate the string
    return text.translate(translation_table)
