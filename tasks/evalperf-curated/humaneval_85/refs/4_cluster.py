def add(lst):
    """
    Given a non-empty list of integers lst, add the even elements that are at odd indices.

    Args:
    lst (list of int): A non-empty list of integers.

    Returns:
    int: The sum of even integers at odd indices.

    Examples:
        >>> add([4, 2, 6, 7])
        2
        >>> add([3, 3, 1, 7, 8])
        0
        >>> add([8, 8, 4, 6, 8])
        14
    """
    # Filter the list to get elements at odd indices
    odd_index_elements = lst[1::2]
    
    # Filter to keep only even elements and then sum them
    return sum(num for num in odd_index_elements if num % 2 == 0)
