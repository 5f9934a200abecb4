def text_lowercase_underscore(s):
    """
    Returns true if the input string contains sequences of lowercase letters joined with an underscore.
    Args:
        s (str): Input string.
    Returns:
        bool: True if the input string matches the pattern, False otherwise.
    """
    # Split the string into parts separated by underscores
    parts = s.split("_")
    
    # Check if all parts are lowercase letters and non-empty
    return all(part.islower() and part for part in parts)
