def add(lst):
    """
    Given a non-empty list of integers lst, add the even elements that are at odd indices.

    Args:
        lst (list of int): A non-empty list of integers.

    Returns:
        int: The sum of even elements at odd indices.

    Examples:
        >>> add([4, 2, 6, 7])
        2
        >>> add([1, 4, 3, 6, 5, 8])
        18
        >>> add([2])
        0
    """
    if not lst:
        raise ValueError("The list must be non-empty.")

    sum_even = 0
    # Iterate over odd indices
    for index in range(1, len(lst), 2):
        element = lst[index]
        if element % 2 == 0:
            sum_even += element
    return sum_even
