def insert_element(original_list, element):
    """
    Inserts an element before each element in the given list.

    Args:
    original_list (list): The list into which the element will be inserted.
    element (any): The element to insert before each item in the list.

    Returns:
    list: A new list with the element inserted before each original element.

    Examples:
    >>> assert insert_element(['Red', 'Green', 'Black'] ,'c') == ['c', 'Red', 'c', 'Green', 'c', 'Black']
    """
    # Create a new list with double the space for inserting elements
    result = [None] * (len(original_list) * 2)
    
    # Place the insertion element before each original element
    result[::2] = [element] * len(original_list)
    result[1::2] = original_list
    
    return result
