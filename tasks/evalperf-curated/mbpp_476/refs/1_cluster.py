def big_sum(arr):
    """
    Finds the sum of the largest and smallest values in a given array.

    Args:
        arr: A list of numbers.

    Returns:
        The sum of the largest and smallest numbers in the array.  Returns 0 for empty arrays.

    Raises:
        TypeError: if input is not a list.
        ValueError: if input list contains non-numeric values.

    """
    if not isinstance(arr, list):
        raise TypeError("Input must be a list.")
    if not all(isinstance(x, (int, float)) for x in arr):
        raise ValueError("List must contain only numbers.")
    if not arr:
        return 0  #Handle empty list case.
    return max(arr) + min(arr)
