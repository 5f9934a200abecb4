def first_non_repeating_character(input_str):
    for char in input_str:
        if input_str.count(char) == 1:
            return char
    return None
