def add_tuple(input_list, input_tuple):
    """
    Adds all elements of the given tuple to the end of the given list.
    
    Args:
        input_list (list): The original list to which elements will be added.
        input_tuple (tuple): The tuple whose elements will be added to the list.
    
    Returns:
        list: The modified list with the tuple's elements appended.
    """
    # Ensure inputs are of the correct type
    if not isinstance(input_list, list):
        raise TypeError("Input 'input_list' must be a list.")
    if not isinstance(input_tuple, tuple):
        raise TypeError("Input 'input_tuple' must be a tuple.")
    
    # Use list.extend() to add all tuple elements to the list
    # The * operator unpacks the tuple into positional arguments for extend()
    # Alternatively, could use input_list += input_tuple for a more concise approach
    input_list.extend(input_tuple)
    
    # Return the modified list
    return input_list
