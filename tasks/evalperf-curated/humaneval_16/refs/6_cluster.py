def count_distinct_characters(string: str) -> int:
    # Convert string to set to remove duplicates, then convert it back to list to count elements
    # The 'lower()' function is used to ensure case-insensitivity
    return len(list(set(string.lower())))
