def check_greater(arr, num):
    """
    Check whether the entered number is greater than all elements of the given array.

    Parameters:
    arr (list of int/float): The array of numbers to compare against.
    num (int/float): The number to check.

    Returns:
    bool: True if num is greater than all elements in arr, False otherwise.
    """
    if not arr:
        # If the array is empty, by definition, num is greater
        return True
    return all(num > element for element in arr)
