def max_sum_list(lists):
    """
    Returns the list in a list of lists whose sum of elements is the highest.

    Args:
        lists (list of lists): A list of lists containing integers.

    Returns:
        list: The list with the highest sum of elements.

    """
    # Calculate the sum of each list and store it as a tuple along with the original list
    list_sums = [(sum(lst), lst) for lst in lists]
    
    # Find the tuple with the highest sum
    max_sum_tuple = max(list_sums)
    
    # Return the list from the max_sum_tuple
    return max_sum_tuple[1]
