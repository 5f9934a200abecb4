def insert_element(input_list, element):
    """
    Inserts the given element before each element in the input list and returns the resulting list.
    
    Args:
    input_list (list): The original list to modify.
    element: The element to be inserted.
    
    Returns:
    list: The modified list with the element inserted before each original element.
    """
    result = []
    for item in input_list:
        result.extend([element, item])
    return result
