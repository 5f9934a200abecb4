def unique_sublists(lst):
    """
    Counts the occurrences of each sublist in the given list.
    
    Args:
        lst (list of lists): The list containing sublists to be counted.
        
    Returns:
        dict: A dictionary with each sublist converted to a tuple as keys and their counts as values.
    """
    from collections import Counter
    # Convert each sublist to a tuple to make it hashable
    tuple_sublists = map(tuple, lst)
    # Count the occurrences of each tuple sublist
    return dict(Counter(tuple_sublists))
