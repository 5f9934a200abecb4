import re
def replace_specialchar(input_string):
    """
    Function to replace all occurrences of spaces, commas, or dots with a colon.
    """
    pattern = r"[\s.,]"
    replacement = ":"
    return re.sub(pattern, replacement, input_string)
