def same_chars(s0: str, s1: str) -> bool:
    # Remove spaces and convert the strings to sets to eliminate duplications
    s0, s1 = set(s0.replace(" ", "")), set(s1.replace(" ", ""))
    # Check if both sets are equal
    return s0 == s1
