def reverse_Array_Upto_K(arr, k):
    """
    Reverses the elements of the array up to the k-th position.

    Parameters:
    arr (list): The input array to be modified.
    k (int): The position up to which to reverse the array.

    Returns:
    list: The array with elements reversed up to the k-th position.
    """
    # Check if k is within the bounds of the array
    if k > len(arr) or k < 1:
        raise ValueError("k must be between 1 and the length of the array")

    # Reverse the sub-array from the start to the k-th position (exclusive of k)
    arr[:k] = reversed(arr[:k])
    return arr
