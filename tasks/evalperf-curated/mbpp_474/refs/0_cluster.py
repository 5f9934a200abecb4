def replace_char(str, char_to_replace, char_to_add):
    """
    Replaces all occurrences of char_to_replace in str with char_to_add
    """
    result = ""
    for char in str:
        if char == char_to_replace:
            result += char_to_add
        else:
            result += char
    return result
