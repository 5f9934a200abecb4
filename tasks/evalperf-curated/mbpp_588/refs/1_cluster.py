def big_diff(lst):
    """
    Find the difference between the largest and smallest value in a given list.

    Parameters:
    lst (list): A list of integers.

    Returns:
    int: The difference between the largest and smallest value in the list.
    """
    # Check if the list is empty
    if not lst:
        raise ValueError("The list cannot be empty.")
    
    # Check if all elements in the list are integers
    if not all(isinstance(i, int) for i in lst):
        raise ValueError("All elements in the list must be integers.")
    
    # Calculate the difference between the largest and smallest value
    return max(lst) - min(lst)
