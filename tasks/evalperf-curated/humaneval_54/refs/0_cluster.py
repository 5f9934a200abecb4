import doctest
def same_chars(s0: str, s1: str):
    """
    Check if two words have the same characters.

    Args:
    s0 (str): The first word.
    s1 (str): The second word.

    Returns:
    bool: True if the words have the same characters, False otherwise.
    """
    # Normalize the input strings by sorting their characters and removing duplicates
    normalized_s0 = "".join(sorted(set(s0)))
    normalized_s1 = "".join(sorted(set(s1)))

    # Compare the normalized strings
    return normalized_s0 == normalized_s1
