def pair_wise(lst):
    """
    Generate all pairs of consecutive items from the given list.

    Args:
    lst (list): A list of items to pair up consecutively.

    Returns:
    list of tuples: Pairs of consecutive items.

    Example:
    >>> pair_wise([1,1,2,3,3,4,4,5])
    [(1, 1), (1, 2), (2, 3), (3, 3), (3, 4), (4, 4), (4, 5)]
    """
    # Use list comprehension with zip to pair each item with the next one
    return [(current, next_item) for current, next_item in zip(lst, lst[1:])]
