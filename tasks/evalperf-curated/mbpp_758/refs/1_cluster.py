def unique_sublists(lists):
    """
    Counts the occurrences of each unique sublist within a given list of lists.

    This function converts each sublist to a tuple to make it hashable, then counts
    the occurrences of each tuple, returning a dictionary where keys are tuples
    (representing unique sublists) and values are the count of each tuple's occurrence.

    Args:
    lists (List[List]): A list containing sublists.

    Returns:
    Dict[Tuple, int]: A dictionary where the keys are tuples (representing sublists)
    and the values are the count of each sublist's occurrence.

    Example:
    >>> unique_sublists([[1, 3], [5, 7], [1, 3], [13, 15, 17], [5, 7], [9, 11]])
    {(1, 3): 2, (5, 7): 2, (13, 15, 17): 1, (9, 11): 1}
    """
    # Convert each sublist to a tuple since lists are not hashable
    tuple_lists = [tuple(sublist) for sublist in lists]
    
    # Count occurrences using a dictionary comprehension
    return {item: tuple_lists.count(item) for item in set(tuple_lists)}
