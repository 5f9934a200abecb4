def odd_values_string(s: str) -> str:
    """
    Remove the characters which have odd index values of a given string.

    Args:
    s (str): Input string.

    Returns:
    str: String with characters at even indices retained.
    """
    return ''.join(s[i] for i in range(0, len(s), 2))
