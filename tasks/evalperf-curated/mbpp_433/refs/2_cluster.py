def check_greater(arr, num):
    """Check if a number is greater than all elements of a list.

    Args:
    arr (list): The list to compare.
    num (int): The number to compare with the elements in the list.

    Returns:
    bool: True if the number is greater than all elements, False otherwise.
    """
    return all([x < num for x in arr])
