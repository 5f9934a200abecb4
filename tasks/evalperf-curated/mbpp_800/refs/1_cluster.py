def remove_all_spaces(input_string):
    # Using the join() method and a generator expression to filter out spaces
    return ''.join(char for char in input_string if char != ' ')
