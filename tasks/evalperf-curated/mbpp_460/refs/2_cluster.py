def Extract(lst):
    """
    Extracts the first element of each sublist within a given list.

    Args:
        lst: A list of sublists.

    Returns:
        A list containing the first elements of each sublist.
        Returns an empty list if the input list is empty or contains empty sublists.
    """
    result = []
    for sublist in lst:
        if sublist:  # Check if the sublist is not empty
            result.append(sublist[0])
    return result
