def number_ctr(s):
    """
    This function counts the number of occurrences of a given number in a string.

    Args:
        s (str): The input string.

    Returns:
        int: The number of occurrences of a number in the string.
    """
    # Define a regular expression pattern for a digit
    import re
    pattern = r'\d'

    # Count the number of occurrences of the pattern in the string
    count = len(re.findall(pattern, s))

    return count
