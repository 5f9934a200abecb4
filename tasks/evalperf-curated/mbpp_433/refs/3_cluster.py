def check_greater(arr, num):
    """
    Checks if a number is greater than all elements in an array.

    Args:
      arr: A list of numbers.
      num: The number to compare.

    Returns:
      True if the number is greater than all elements in the array, 
      False otherwise.  Returns True for an empty array.
    """
    if not arr:
        return True  #Consider an empty array as satisfying the condition.
    for element in arr:
        if num <= element:
            return False
    return True
