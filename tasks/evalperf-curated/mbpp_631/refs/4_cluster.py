def replace_spaces(s):
    """
    Replace spaces with underscores and underscores with spaces in the given string.

    Args:
        s (str): The input string.

    Returns:
        str: The modified string with spaces and underscores swapped.
    """
    return ''.join(['_' if c == ' ' else ' ' if c == '_' else c for c in s])
