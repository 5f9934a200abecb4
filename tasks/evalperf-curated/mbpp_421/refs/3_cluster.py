def concatenate_tuple(input_tuple):
    """
    Concatenate each element of the tuple by the delimiter.
    
    Parameters:
    input_tuple (tuple): A tuple containing elements to be concatenated.
    
    Returns:
    str: A string with elements concatenated by the delimiter '-'.
    """
    # Convert the tuple to a list for easier manipulation
    elements = list(input_tuple)
    
    # Join the elements with the delimiter
    result = '-'.join(str(element) for element in elements)
    
    return result
