def replace_list(list1, list2):
    """
    Replaces the last element of the first list with the elements of the second list.

    Args:
        list1 (list): The list from which the last element will be replaced.
        list2 (list): The list whose elements will replace the last element of list1.

    Returns:
        list: A new list with the last element of list1 replaced by all elements of list2.
    """
    # Check if both inputs are lists
    if not isinstance(list1, list) or not isinstance(list2, list):
        raise TypeError("Both inputs must be lists")

    # Handle the edge case where list1 is empty
    if len(list1) == 0:
        return list2[:]  # Return a copy of list2

    # Create a copy of list1 to avoid modifying the original list
    new_list = list1[:-1]  # Exclude the last element of list1
    new_list.extend(list2)  # Append all elements of list2

    return new_list
