def Extract(sublists):
    """
    This function takes a list of lists (sublists) as input and returns a new list containing 
    the first element of each sublist.

    Args:
        sublists (list): A list containing lists as elements.

    Returns:
        list: A list of the first elements of the input sublists.
    """
    # Use list comprehension to create a new list containing the first element of each sublist
    return [sublist[0] for sublist in sublists]
