def max_sum_list(list_of_lists):
    """
    Finds the list in a list of lists with the highest sum of elements.

    Args:
        list_of_lists: A list of lists of numbers.

    Returns:
        The list with the highest sum of elements.  Returns an empty list if the input is empty or invalid.

    """
    if not list_of_lists:
        return []

    if not all(isinstance(inner_list, list) for inner_list in list_of_lists):
        return []

    if not all(all(isinstance(num, (int, float)) for num in inner_list) for inner_list in list_of_lists):
        return []


    max_sum = -float('inf')
    max_list = []

    for lst in list_of_lists:
        current_sum = sum(lst)
        if current_sum > max_sum:
            max_sum = current_sum
            max_list = lst

    return max_list
