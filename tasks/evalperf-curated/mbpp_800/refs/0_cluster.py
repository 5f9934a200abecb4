def remove_all_spaces(s):
    """
    Function to remove all whitespaces from a given string
    :param s: input string
    :return: string without whitespaces
    """
    result = ""
    for char in s:
        if char != " ":
            result += char
    return result
