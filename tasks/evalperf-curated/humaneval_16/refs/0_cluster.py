import unittest
def count_distinct_characters(string: str) -> int:
    """
    Given a string, find out how many distinct characters (regardless of case) does it consist of
    
    Args:
    string (str): Input string
    
    Returns:
    int: Number of distinct characters
    """
    return len(set(char.lower() for char in string))
