def max_sum_list(lists):
    """
    This function takes a list of lists as input and returns the list within the list 
    whose elements sum up to the highest.
    
    Parameters:
    lists (list): A list of lists of integers.
    
    Returns:
    list: The list with the highest sum of elements.
    """
    # Use the built-in sum function with a map function to calculate the sum of each sublist
    sums = [sum(map(int, lst)) for lst in lists]
    
    # Get the maximum sum
    max_sum = max(sums)
    
    # Get the index of the maximum sum in the sums list
    max_index = sums.index(max_sum)
    
    # Return the list at the index of the maximum sum
    return lists[max_index]
