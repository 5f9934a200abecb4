def extract_singly(list_of_tuples):
    """
    Flattens a list of tuples into a single set of numbers.

    This function takes a list where each item is a tuple of numbers,
    flattens this structure into a one-dimensional collection, and then
    converts it into a set to remove any duplicates.

    Args:
    list_of_tuples (list of tuples): A list containing tuples of numbers.

    Returns:
    set: A set containing unique numbers from all tuples.

    Example:
    >>> extract_singly([(3, 4, 5), (4, 5, 7), (1, 4)])
    set([3, 4, 5, 7, 1])
    """
    # Use a set comprehension to flatten and unique the numbers
    return set(number for tuple_item in list_of_tuples for number in tuple_item)
