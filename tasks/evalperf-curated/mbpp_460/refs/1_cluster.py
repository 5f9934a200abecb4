def Extract(lst):
    """
    Extracts the first element of each sublist in a given list of lists.

    Args:
        lst: A list of lists.

    Returns:
        A list containing the first element of each sublist.
        Returns an empty list if the input list is empty or contains any non-list elements.
    """
    result = []
    for item in lst:
        if isinstance(item, list) and len(item) > 0:
            result.append(item[0])
        elif not isinstance(item, list):
          return []  # Return empty list if any element is not a list
    return result
