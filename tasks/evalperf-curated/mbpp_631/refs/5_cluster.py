def replace_spaces(s):
    """
    Replace whitespaces with underscores and vice versa in a given string.

    :param s: Input string containing spaces and/or underscores.
    :return: Modified string with spaces and underscores swapped.

    Example:
    >>> replace_spaces('Jumanji The Jungle')
    'Jumanji_The_Jungle'
    """
    # Replace spaces with a temporary placeholder
    temp = s.replace(' ', 'TEMP')
    # Replace underscores with spaces
    temp = temp.replace('_', ' ')
    # Replace the temporary placeholder with underscores
    result = temp.replace('TEMP', '_')
    return result
