import re
def extract_values(text):
    """
    Extract values enclosed in double quotes from the given text.

    This function uses regular expressions to find all substrings 
    that are enclosed by double quotes.

    Args:
    text (str): A string potentially containing quoted values.

    Returns:
    list: A list of strings where each string is a value found 
          between two double quotes.

    Example:
    >>> extract_values('"Python", "PHP", "Java"')
    ['Python', 'PHP', 'Java']
    """
    # The regex pattern '".*?"' looks for any characters (non-greedily) 
    # between double quotes. The brackets around it in r'(".*?")' 
    # allow us to extract the contents without the quotes.
    pattern = r'(".*?")'
    
    # Find all matches and strip the quotes from each match
    matches = re.findall(pattern, text)
    return [match.strip('"') for match in matches]
