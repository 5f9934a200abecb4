def replace_list(first_list, second_list):
    """
    Replaces the last element of the first list with the elements of the second list.
    """
    # Get the index of the last element in the first list
    last_index = len(first_list) - 1

    # Replace the last element with the second list
    first_list[last_index:] = second_list

    return first_list
