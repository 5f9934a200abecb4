def add_tuple(list_param, tuple_param):
    """
    Add the elements of a tuple to the end of a list.

    :param list_param: List to which elements will be added.
    :param tuple_param: Tuple containing elements to add to the list.
    :return: A new list with elements from both the original list and the tuple.
    """
    # Convert the tuple to a list and extend the original list
    list_param.extend(list(tuple_param))
    return list_param
