def replace_spaces(input_string):
    # Replace spaces with underscores and underscores with spaces
    return ''.join('_' if char == ' ' else ' ' if char == '_' else char for char in input_string)
