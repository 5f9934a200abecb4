def replace_spaces(input_str):
    """
    Replace whitespaces with an underscore and vice versa in a given string.

    Args:
        input_str (str): Input string to replace spaces in.

    Returns:
        str: Modified string with whitespaces replaced with underscores and vice versa.

    Examples:
        >>> replace_spaces('Jumanji The Jungle')
        'Jumanji_The_Jungle'
        >>> replace_spaces('Jumanji_The_Jungle')
        'Jumanji The Jungle'
    """
    result_str = ''
    for char in input_str:
        if char.isspace():
            result_str += '_'
        elif char == '_':
            result_str += ' '
        else:
            result_str += char
    return result_str
