import re
def extract_values(string):
    """
    Extracts values enclosed in double quotation marks from the given string.
    
    This function uses a regular expression to find all sequences of characters 
    that are enclosed within double quotes. It will match any content within 
    quotes, ignoring quotes within quotes, which might not be accounted for 
    in simple parsing.

    Args:
    string (str): The string from which to extract values.

    Returns:
    list: A list of strings where each string was originally between double quotes.

    Example:
    >>> extract_values('"Python", "PHP", "Java"')
    ['Python', 'PHP', 'Java']
    """
    # The regex pattern matches anything (.*?) between double quotes, 
    # being non-greedy to avoid matching too much
    pattern = r'"(.*?)"'
    return re.findall(pattern, string)
