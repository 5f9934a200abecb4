def smallest_num(lst):
    """
    Function to find the smallest number in a list.
    """
    if not lst or len(lst) == 0:
        raise ValueError("List is empty")

    min_num = lst[0]  # Assume the first element is the minimum
    for num in lst[1:]:  # Iterate through the remaining elements
        if num < min_num:
            min_num = num
    return min_num
