def extract_rear(strings):
    """
    This function extracts the last character from each string in the input tuple.
    
    Args:
    strings (tuple): A tuple containing strings.
    
    Returns:
    list: A list of last characters from each string in the input tuple.
    """
    # Using list comprehension to create a new list of the last character of each string
    return [string[-1] for string in strings]
strings = ('Mers', 'for', 'Vers')
