def replace_spaces(s):
    """ 
    This function replaces spaces with underscores and vice versa in a given string.
    
    Arguments:
    s {string} -- input string
    
    Returns:
    string -- modified string
    """
    
    # define a helper function that checks if the character is a space or underscore
    def is_space_or_underscore(c):
        return c == ' ' or c == '_'
    
    # check if the input string is empty
    if not s:
        return s
    
    # create a list of characters from the input string
    chars = list(s)
    
    # check each character in the string
    for i in range(len(chars)):
        # if the character is a space or underscore, swap it
        if is_space_or_underscore(chars[i]):
            chars[i] = '_' if chars[i] == ' ' else ' '
    
    # join the characters back into a string and return it
    return ''.join(chars)
