def replace_blank(s: str, char: str) -> str:
    """
    Replace all blank spaces in the given string with the specified character.

    Args:
    s (str): The input string which may contain blank spaces.
    char (str): A single character to replace the blank spaces with.

    Returns:
    str: A new string where all blank spaces are replaced by the specified character.

    Raises:
    ValueError: If the char argument is not a single character.

    Examples:
    >>> replace_blank("hello people", '@')
    'hello@people'
    """
    # Check if the char is actually a single character
    if len(char) != 1:
        raise ValueError("The 'char' argument must be a single character.")

    # Use a list comprehension to build the new string efficiently
    return ''.join([char if c.isspace() else c for c in s])
