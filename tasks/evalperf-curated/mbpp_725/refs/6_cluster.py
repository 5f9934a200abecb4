import re
def extract_quotation(input_string):
    """
    Extract values between quotation marks from the given string.

    This function uses a regular expression to find all substrings 
    enclosed by double quotes.

    Args:
    input_string (str): The string to search for quoted values.

    Returns:
    list: A list of strings found within quotes.

    Examples:
    >>> extract_quotation('Cortex "A53" Based "multi" tasking "Processor"')
    ['A53', 'multi', 'Processor']
    """
    # The regex pattern looks for anything between double quotes
    pattern = r'"([^"]*)"'
    matches = re.findall(pattern, input_string)
    return matches
