import unittest
def unique(input_list: list) -> list:
    """
    Returns a list of unique elements from the input list in sorted order.

    :param input_list: Input list of elements
    :return: Sorted list of unique elements
    """
    return sorted(set(input_list))
