def replace_specialchar(input_string):
    """Replaces spaces, commas, and dots with colons."""
    output_string = ""
    for char in input_string:
        if char in [" ", ",", "."]:
            output_string += ":"
        else:
            output_string += char
    return output_string
