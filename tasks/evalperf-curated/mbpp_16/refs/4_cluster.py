import re
def text_lowercase_underscore(s: str) -> bool:
    """
    Check if the input string contains only lowercase letters and underscores,
    where underscores must join sequences of lowercase letters.

    Args:
    s (str): The input string to check.

    Returns:
    bool: True if the string meets the criteria, False otherwise.

    Examples:
    >>> assert text_lowercase_underscore("aab_cbbbc") == True
    >>> assert text_lowercase_underscore("aab_cbbbc_") == False
    >>> assert text_lowercase_underscore("Aab_cbbbc") == False
    """
    # The regex pattern:
    # ^            - Start of string
    # (?!\d)       - Negative lookahead for digits (ensure no digits at start)
    # [a-z]+       - One or more lowercase letters
    # (?:          - Start of non-capturing group
    #   _[a-z]+    - Underscore followed by one or more lowercase letters
    # )*           - End of group, can appear zero or more times
    # (?<!\d)      - Negative lookbehind for digits (ensure no digits at end)
    # $            - End of string
    pattern = r'^(?!\d)[a-z]+(?:_[a-z]+)*(?<!\d)$'
    
    # If the string matches the pattern entirely, it's valid
    return bool(re.fullmatch(pattern, s))
