def count_distinct_characters(string: str) -> int:
    """
    Given a string, find out how many distinct characters (regardless of case) does it consist of

    Args:
        string (str): Input string to process

    Returns:
        int: Number of distinct characters in the string
    """
    # Convert the string to a set, which automatically removes duplicates.
    # Use set comprehension to convert characters to lower case.
    distinct_chars = {char.lower() for char in string}
    
    # Return the size of the set, which is the number of distinct characters
    return len(distinct_chars)
