import unittest
def same_chars(s0: str, s1: str) -> bool:
    """
    Check if two words have the same characters.

    Args:
    s0 (str): The first word to compare.
    s1 (str): The second word to compare.

    Returns:
    bool: True if the two words have the same characters, False otherwise.
    """
    return set(s0) == set(s1)
