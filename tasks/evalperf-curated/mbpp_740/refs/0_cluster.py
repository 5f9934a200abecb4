def tuple_to_dict(t):
    """
    Converts the given tuple to a key-value dictionary using adjacent elements.
    
    Parameters:
    t (tuple): A tuple where each pair of adjacent elements forms a key-value pair in the resulting dictionary.
    
    Returns:
    dict: A dictionary with keys as the first element of each pair and values as the second element of each pair.
    """
    # Check if the tuple has an odd number of elements
    if len(t) % 2 != 0:
        raise ValueError("Tuple must have an even number of elements")
    
    # Initialize an empty dictionary
    result = {}
    
    # Iterate over the tuple, adding key-value pairs to the dictionary
    for i in range(0, len(t), 2):
        # Check if we're at the last iteration, where t[i] is a key without a value
        if i + 1 == len(t):
            raise ValueError("Each key must have a value")
        
        result[t[i]] = t[i + 1]
    
    return result
