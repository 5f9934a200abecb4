def big_sum(arr):
    """
    Returns the sum of the largest and smallest values in the given array.

    Parameters:
    arr (list of int/float): The input array containing numerical values.

    Returns:
    int/float: Sum of the largest and smallest values.

    Raises:
    ValueError: If the input array is empty.
    """
    if not arr:
        raise ValueError("Array must not be empty")

    min_val = max_val = arr[0]
    for num in arr[1:]:
        if num < min_val:
            min_val = num
        elif num > max_val:
            max_val = num
    return min_val + max_val
