def odd_values_string(s: str) -> str:
    # Select characters at even indices (0-based index)
    return s[::2]
