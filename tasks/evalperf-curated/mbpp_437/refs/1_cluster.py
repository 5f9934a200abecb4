def remove_odd(input_string):
    result = ''
    for index, character in enumerate(input_string):
        if (index + 1) % 2 == 0:
            result += character
    return result
