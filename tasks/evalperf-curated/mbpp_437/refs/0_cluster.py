import unittest
def remove_odd(s):
    """
    Removes characters at odd indices from a string.

    Parameters:
    - `s` (str): The input string.

    Returns:
    - (str): The string with characters at odd indices removed.
    """
    return s[1::2]  # Start from the second character (index 1) and step by 2
