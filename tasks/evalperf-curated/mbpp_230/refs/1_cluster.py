import re
def replace_blank(s, ch):
    """
    This function takes in a string 's' and a character 'ch',
    replaces blank spaces in the string with the character 'ch',
    and returns the modified string.
    """
    # use re.sub() method to replace blank spaces with 'ch'
    modified_s = re.sub(r'\s', ch, s)
    
    return modified_s
