def Extract(data):
    """
    Extracts the first element from each sublist in a list of lists.

    Args:
      data: A list of lists.

    Returns:
      A list containing the first element of each sublist.  Returns an empty list if the input is empty or not a list of lists.
    """
    if not isinstance(data, list):
        return []
    if not data:
        return []
    if not all(isinstance(sublist, list) for sublist in data):
        return []

    result = []
    for sublist in data:
        if sublist:  # Check if sublist is not empty
            result.append(sublist[0])
    return result
