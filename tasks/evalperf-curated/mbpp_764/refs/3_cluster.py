def number_ctr(s):
    """
    Count the number of digits in a given string.

    Args:
    s (str): The string in which to count the digits.

    Returns:
    int: The number of digits found in the string.
    """
    # Use a list comprehension to filter out digits and count them
    return len([char for char in s if char.isdigit()])
