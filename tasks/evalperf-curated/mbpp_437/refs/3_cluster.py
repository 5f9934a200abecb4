def remove_odd(input_string):
    """
    This function takes a string as input and returns the string after removing odd characters.
    It works by iterating through the string, and only including the characters at even indices.
    :param input_string: the string to remove odd characters from
    :return: the string with odd characters removed
    """
    return ''.join([input_string[i] for i in range(1, len(input_string), 2)])
