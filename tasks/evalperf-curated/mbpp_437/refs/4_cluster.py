def remove_odd(s: str) -> str:
    """
    Remove characters at odd indices from the string `s`.
    
    Parameters:
    - s: Input string from which to remove characters.
    
    Returns:
    A new string with characters at odd indices removed.
    """
    return s[1::2]
