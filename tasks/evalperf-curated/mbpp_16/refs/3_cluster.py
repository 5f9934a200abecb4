import re
def text_lowercase_underscore(text: str) -> bool:
    """
    Validates if input string contains sequences of lowercase letters joined with an underscore.
    
    Args:
    - text (str): Input string to be checked
    
    Returns:
    - bool: True if the string consists of lowercase letters and underscores, False otherwise
    """
    # Regular expression pattern: one or more lowercase letters (a-z) optionally followed by an underscore,
    # this pattern repeated one or more times, ensuring the whole string matches from start to end
    pattern = r'^([a-z]+_)*[a-z]+$'
    
    # Use fullmatch to ensure the entire string matches the pattern
    return bool(re.fullmatch(pattern, text))
