def replace_specialchar(input_string):
    """
    Function to replace all occurrences of spaces, commas, or dots with a colon in a given string.
    """
    replacement_chars = [' ', ',', '.']
    target_char = ':'

    # Use a list comprehension to replace each special character with the target character.
    replaced_string = ''.join(target_char if char in replacement_chars else char for char in input_string)

    return replaced_string
