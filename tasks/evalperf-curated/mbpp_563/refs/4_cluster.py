import re
def extract_values(s: str) -> list[str]:
    """
    Extracts all substrings enclosed in double quotes from the given string.

    This function uses a regular expression to find all quoted strings within
    the provided text, ignoring quotes that are not properly paired.

    Args:
        s (str): The input string to extract quoted values from.

    Returns:
        list[str]: A list of strings that were between quotation marks.

    Examples:
        >>> extract_values('"Python", "PHP", "Java"')
        ['Python', 'PHP', 'Java']
    """
    # Pattern explanation:
    # - (?<!\\) : Negative lookbehind to ensure the quote isn't escaped
    # - " : Match an opening quote
    # - (.*?) : Capture anything non-greedy, stopping before the next quote
    # - " : Match a closing quote
    pattern = r'(?<!\\)"([^"]*)"'
    
    # Find all matches of the pattern in the string
    matches = re.findall(pattern, s)
    
    return matches
