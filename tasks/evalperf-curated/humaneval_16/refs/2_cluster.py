import unittest
def count_distinct_characters(string: str) -> int:
    """ Given a string, find out how many distinct characters (regardless of case) does it consist of """
    # Convert the string to lower case to ignore case sensitivity
    string_lower = string.lower()
    
    # Convert the string to a set, which automatically removes duplicate characters
    distinct_chars = set(string_lower)
    
    # Return the number of distinct characters
    return len(distinct_chars)
