def max_sum_list(list_of_lists):
    """
    Finds the list with the maximum sum of its elements within a list of lists.

    Args:
      list_of_lists: A list of lists, where each inner list contains numbers.

    Returns:
      The list with the highest sum of its elements.  Returns an empty list if the input is empty or invalid.

    """
    if not list_of_lists:
        return []

    max_sum = -float('inf')  # Initialize with negative infinity to handle negative numbers
    max_list = []

    for lst in list_of_lists:
        if not all(isinstance(x, (int, float)) for x in lst): #Check for valid numeric input
            return []
        current_sum = sum(lst)
        if current_sum > max_sum:
            max_sum = current_sum
            max_list = lst
    return max_list
