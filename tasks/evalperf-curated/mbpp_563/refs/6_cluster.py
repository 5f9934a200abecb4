import re
def extract_values(input_string):
    """
    Extracts values between quotation marks from a string.

    Args:
        input_string: The input string containing values enclosed in quotation marks.

    Returns:
        A list of strings, where each string is a value extracted from the input string.
        Returns an empty list if no values are found.  Handles nested quotes gracefully.
    """
    matches = re.findall(r'"([^"]*)"', input_string)  #Finds all strings within double quotes
    return matches
