def remove_odd(s: str) -> str:
    # Create a new string with even-indexed characters only
    return ''.join(s[i] for i in range(1, len(s), 2))
