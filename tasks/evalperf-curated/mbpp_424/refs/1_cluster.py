def extract_rear(input_tuple):
    """
    Extracts the last character of each string in a tuple.

    Args:
        input_tuple: A tuple of strings.

    Returns:
        A list containing the last character of each string in the input tuple.
        Returns an empty list if the input tuple is empty or contains non-strings.
    """
    result = []
    for item in input_tuple:
        if isinstance(item, str) and item:  # Check if the item is a string and not empty
            result.append(item[-1])
        elif isinstance(item, str) and not item: # Handle empty strings
            result.append("") # or raise an error if that's the preferred behavior
        elif not isinstance(item, str): # Handle non-string tuple entries, perhaps by skipping or raising error
            continue # or raise TypeError("Tuple elements must be strings")

    return result
