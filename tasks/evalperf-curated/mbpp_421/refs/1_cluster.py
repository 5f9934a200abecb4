def concatenate_tuple(t):
    """
    Concatenates each element of a tuple by the delimiter '-'
    
    Args:
        t (tuple): The input tuple to be concatenated.
    
    Returns:
        str: A string where each element of the tuple is separated by '-'.
    """
    # Initialize an empty string to store the result
    result = ""
    
    # Iterate over each element in the tuple
    for i, elem in enumerate(t):
        # If the element is not the first one, add the delimiter
        if i > 0:
            result += "-"
        # Add the element to the result string
        result += str(elem)
    
    return result
