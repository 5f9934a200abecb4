def add_tuple(lst, tpl):
    """
    Add the given tuple to the given list
    
    Parameters:
        lst (list): The list to which tuple needs to be added
        tpl (tuple): The tuple to be added to the list
        
    Returns:
        list: Updated list with the added tuple
    """
    
    # Convert tuple to list and append to the original list
    return list(lst) + list(tpl)
