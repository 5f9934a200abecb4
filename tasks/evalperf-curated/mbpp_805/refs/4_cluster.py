def max_sum_list(lists):
    """
    Parameters:
    lists (list of lists): A list containing multiple lists of numbers.
    
    Returns:
    list: The list from the input with the highest sum of its elements.
    """
    # Check if input list is empty
    if not lists:
        return []
    
    # Use the built-in max function with a key to find the list with the highest sum
    # The key is a lambda function that calculates the sum of each sublist
    return max(lists, key=lambda sublist: sum(sublist))
