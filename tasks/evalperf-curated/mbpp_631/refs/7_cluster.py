def replace_spaces(s):
    """
    Replace spaces with underscores and underscores with spaces in the given string.
    If the string contains spaces, replace them with underscores.
    If the string contains underscores, replace them with spaces.
    If it contains both or neither, handle accordingly.
    """
    if ' ' in s and '_' in s:
        # Replace spaces with underscores and underscores with spaces
        s = s.replace(' ', '_').replace('_', ' ')
    elif ' ' in s:
        # Replace spaces with underscores
        s = s.replace(' ', '_')
    elif '_' in s:
        # Replace underscores with spaces
        s = s.replace('_', ' ')
    return s
