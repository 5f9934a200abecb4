def extract_values(s):
    """
    This function extracts values between quotation marks from a given string.

    Args:
        s (str): The input string from which values will be extracted.

    Returns:
        list: A list of extracted values.
    """
    # Initialize an empty list to store extracted values
    extracted_values = []

    # Use regular expression to find all substrings within double quotes
    import re
    values = re.findall(r'"([^"]*)"', s)

    # Add found values to the list
    extracted_values.extend(values)

    # Return the list of extracted values
    return extracted_values
