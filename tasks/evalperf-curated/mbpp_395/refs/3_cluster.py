def first_non_repeating_character(s: str) -> str:
    from collections import defaultdict

    char_count = defaultdict(int)

    # Count the occurrences of each character
    for char in s:
        char_count[char] += 1

    # Find the first non-repeating character
    for char in s:
        if char_count[char] == 1:
            return char

    # If no non-repeating character is found
    return None
