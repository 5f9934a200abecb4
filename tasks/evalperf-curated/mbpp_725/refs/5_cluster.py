def extract_quotation(input_string):
    """
    Extracts all substrings enclosed in double quotation marks from the input string.

    Args:
        input_string (str): The string from which to extract quoted values.

    Returns:
        list: A list of substrings that were enclosed in double quotes in the input string.
    """
    import re
    # Regular expression pattern to match any characters (including none) enclosed in double quotes
    pattern = r'"[^"]*"'
    # Find all matches of the pattern in the input string
    matches = re.findall(pattern, input_string)
    # Remove the enclosing double quotes from each match
    extracted_values = [match[1:-1] for match in matches]
    return extracted_values
