def insert_element(input_list, element):
    """
    Inserts an element before each element in the input list.

    Args:
        input_list (list): The original list to be modified.
        element: The element to be inserted before each item in the input list.

    Returns:
        list: A new list with the element inserted before each item from the input list.
    """
    # Initialize an empty list to store the result
    result = []
    
    # For each element in the input list
    for item in input_list:
        # First, append the element to be inserted
        result.append(element)
        # Then, append the current item from the input list
        result.append(item)
    
    # Return the resulting list
    return result
