def number_ctr(s: str) -> int:
    """
    Count the number of digits in a given string.

    Args:
    s (str): The input string to search for digits.

    Returns:
    int: The count of digits found in the string.

    Example:
    >>> number_ctr('program2bedone')
    1
    """
    # Use a generator expression with sum to count characters that are digits
    return sum(char.isdigit() for char in s)
