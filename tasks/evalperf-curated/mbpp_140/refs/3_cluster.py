def extract_singly(lists):
    """
    This function takes a list of lists of numbers and returns a set of unique numbers.
    
    Args:
    lists (list): A list of lists containing numbers.
    
    Returns:
    set: A set of unique numbers.
    """
    # Initialize an empty set to store unique numbers.
    unique_nums = set()
    
    # Iterate over each sublist in the input list.
    for sublist in lists:
        # Update the set with the numbers from the current sublist.
        unique_nums.update(sublist)
    
    # Return the set of unique numbers.
    return unique_nums
lists = [(3, 4, 5), (4, 5, 7), (1, 4)]
