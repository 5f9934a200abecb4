def maximum(arr, k):
    """
    Given an array arr of integers and a positive integer k, return a sorted list 
    of length k with the maximum k numbers in arr.

    Args:
        arr (list): A list of integers.
        k (int): A positive integer.

    Returns:
        list: A sorted list of length k with the maximum k numbers in arr.
    """
    # Check if k is within the valid range
    if k < 0 or k > len(arr):
        raise ValueError("k is out of range")

    # Sort the array in descending order
    sorted_arr = sorted(arr, reverse=True)

    # Return the first k elements of the sorted array
    return sorted(sorted_arr[:k])
