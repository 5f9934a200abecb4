def Extract(lst):
    """
    Extracts the first element from each sublist in a given list of lists.

    Args:
      lst: A list of lists.

    Returns:
      A new list containing the first element of each sublist. 
      Returns an empty list if the input list is empty or contains empty sublists.
    """
    result = []
    for sublist in lst:
        if sublist:  # Check if the sublist is not empty
            result.append(sublist[0])
    return result
