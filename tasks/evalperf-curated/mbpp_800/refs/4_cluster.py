import unittest
def remove_all_spaces(input_string: str) -> str:
    """
    Removes all whitespace characters from a given string.

    Args:
    - input_string (str): The string from which to remove all spaces.

    Returns:
    - str: The input string with all whitespace characters removed.
    """
    return input_string.replace(" ", "")
