def first_non_repeating_character(input_string):
    char_count = {}

    # Count the occurrences of each character
    for char in input_string:
        if char not in char_count:
            char_count[char] = 0
        char_count[char] += 1

    # Find the first non-repeating character
    for char in input_string:
        if char_count[char] == 1:
            return char

    # Return None if no non-repeating character is found
    return None
