def max_sum_list(list_of_lists):
    """
    Returns the sublist with the highest sum of elements from a list of lists.

    Args:
        list_of_lists (List[List[int]]): A list containing multiple sublists of integers.

    Returns:
        List[int]: The sublist with the highest sum of its elements.

    Raises:
        ValueError: If the input list is empty or contains no sublists.
    """
    if not list_of_lists:
        raise ValueError("The input list is empty.")

    # Initialize with the first sublist and its sum
    max_sublist = list_of_lists[0]
    max_sum = sum(max_sublist)

    # Iterate through the remaining sublists
    for sublist in list_of_lists[1:]:
        current_sum = sum(sublist)
        if current_sum > max_sum:
            max_sum = current_sum
            max_sublist = sublist

    return max_sublist
