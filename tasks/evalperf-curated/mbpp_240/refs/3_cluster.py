def replace_list(lst1, lst2):
    """
    Replaces the last element of lst1 with the elements of lst2.

    Args:
        lst1 (list): The list to replace the last element in.
        lst2 (list): The list to replace the last element with.

    Returns:
        list: The modified list.
    """
    if len(lst1) > 0:
        # Remove the last element from lst1
        lst1.pop()
    # Add the elements of lst2 to lst1
    lst1.extend(lst2)
    return lst1
