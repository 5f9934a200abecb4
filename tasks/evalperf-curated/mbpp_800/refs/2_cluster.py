def remove_all_spaces(s):
    # Remove all whitespaces from the given string 's'
    return ''.join([char for char in s if char != ' '])
