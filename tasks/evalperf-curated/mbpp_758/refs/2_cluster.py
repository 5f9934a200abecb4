def unique_sublists(lst):
    """
    This function takes a list of lists as an argument and returns a dictionary where every list is converted to a tuple and the value of such tuple is the number of its occurrences in the original list.

    Parameters:
    lst (list): A list of lists.

    Returns:
    dict: A dictionary where keys are unique lists as tuples and values are their occurrence counts.
    """
    # Convert the input list of lists to a list of tuples
    tuples_list = [tuple(sublist) for sublist in lst]
    
    # Count the occurrences of each tuple
    count_dict = {}
    for t in tuples_list:
        if t in count_dict:
            count_dict[t] += 1
        else:
            count_dict[t] = 1
    
    return count_dict
