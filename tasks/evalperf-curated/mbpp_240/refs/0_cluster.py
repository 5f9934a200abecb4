def replace_list(list1, list2):
    """
    This function replaces the last element of list1 with the elements of list2.
    
    Args:
    list1 (list): The list from which the last element is to be replaced.
    list2 (list): The list whose elements will replace the last element of list1.
    
    Returns:
    list: A new list with the elements of list2 appended to the end of list1.
    """
    
    # Get the index of the last element of list1 (which is the second last if the list has more than one element)
    last_index = len(list1) - 1 if len(list1) > 1 else 0
    
    # Create a new list that is a combination of list1 and list2
    new_list = list1[:last_index] + list2
    
    return new_list
