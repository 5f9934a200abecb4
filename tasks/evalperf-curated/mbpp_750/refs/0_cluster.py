def add_tuple(my_list, my_tuple):
    """Adds the elements of a tuple to a list.

    Args:
        my_list: The list to which the tuple elements will be added.
        my_tuple: The tuple containing the elements to be added.

    Returns:
        A new list containing the elements of the original list followed by the elements of the tuple.
    """

    new_list = my_list[:]  # Create a copy to avoid modifying the original list
    for item in my_tuple:
        new_list.append(item)
    return new_list
