def index_minimum(tuples_list):
    """
    Find and return the first element of the tuple with the smallest second value.

    Args:
    tuples_list (list of tuple): A list of tuples where each tuple contains at least two elements.

    Returns:
    str or Any: The first element of the tuple with the minimum second value.

    Raises:
    ValueError: If the list is empty or if any tuple has fewer than two elements.

    Examples:
    >>> index_minimum([('Rash', 143), ('Manjeet', 200), ('Varsha', 100)])
    'Varsha'
    >>> index_minimum([(1, 5), (2, 10), (3, 3)])
    3
    """
    # Check if the list is empty
    if not tuples_list:
        raise ValueError("The list of tuples cannot be empty.")
    
    # Check if each tuple has at least two elements
    for item in tuples_list:
        if len(item) < 2:
            raise ValueError("Each tuple must contain at least two elements.")
    
    # Use min() with a key function to find the tuple with the smallest second element
    # The key function returns the second item of each tuple for comparison
    result = min(tuples_list, key=lambda x: x[1])
    
    # Return the first element of the tuple with the smallest second value
    return result[0]
