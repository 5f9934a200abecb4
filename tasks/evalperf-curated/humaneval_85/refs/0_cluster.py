import unittest
def add(lst):
    """
    Calculates the sum of even elements at odd indices in a given list.

    Args:
        lst (list): A non-empty list of integers.

    Returns:
        int: Sum of even elements at odd indices.
    """
    # Use list comprehension to filter even elements at odd indices and sum them
    return sum(
        element 
        for index, element in enumerate(lst) 
        if index % 2 != 0 and element % 2 == 0
    )
