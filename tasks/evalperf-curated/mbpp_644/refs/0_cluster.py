def reverse_Array_Upto_K(arr, k):
    """
    Reverse the elements of the array `arr` up to position `k`.

    Parameters:
    arr (list): The list of elements to be reversed.
    k (int): The number of elements from the start of the array to reverse.

    Returns:
    list: The array with the first `k` elements reversed.

    Raises:
    ValueError: If `k` is negative or not an integer.
    """
    if not isinstance(k, int) or k < 0:
        raise ValueError("k must be a non-negative integer")

    k = min(k, len(arr))  # Ensure k does not exceed the array length
    left, right = 0, k - 1

    while left < right:
        arr[left], arr[right] = arr[right], arr[left]
        left += 1
        right -= 1

    return arr
