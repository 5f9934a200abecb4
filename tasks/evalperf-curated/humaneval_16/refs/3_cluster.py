def count_distinct_characters(string: str) -> int:
    """ Given a string, find out how many distinct characters (regardless of case) does it consist of
    >>> count_distinct_characters('xyzXYZ')
    3
    >>> count_distinct_characters('Jerry')
    4
    """
    # Create a set to store unique characters
    unique_characters = set()
    
    # Iterate over the characters in the string
    for char in string:
        # Convert the character to lowercase and add it to the set
        unique_characters.add(char.lower())
    
    # Return the number of unique characters
    return len(unique_characters)
