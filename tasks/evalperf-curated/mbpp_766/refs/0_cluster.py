def pair_wise(lst):
    """
    This function takes a list of elements and returns a list of all pairs of consecutive items.

    Args:
        lst (list): A list of elements

    Returns:
        list: A list of tuples, where each tuple is a pair of consecutive elements from the input list
    """
    # Initialize an empty list to store the result
    result = []
    # Iterate over the input list with enumerate to keep track of indices
    for i in range(len(lst)):
        # If the current index is not the last index in the list, add the current element and the next element as a pair
        if i < len(lst) - 1:
            result.append((lst[i], lst[i + 1]))
    # Return the list of pairs
    return result
