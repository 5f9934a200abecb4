def remove_all_spaces(input_string):
    # Remove all spaces using translate and str.maketrans
    no_spaces = input_string.translate(str.maketrans('', '', ' '))
    return no_spaces
