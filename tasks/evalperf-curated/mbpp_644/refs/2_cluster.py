def reverse_Array_Upto_K(arr, k):
    """
    Reverse the elements of an array up to a specified position.

    This function modifies the input array by reversing its elements
    from index 0 to k-1, while keeping the rest of the array unchanged.

    Parameters:
    arr (list): The array to be modified.
    k (int): The position up to which the array should be reversed. 
             Note: k is 1-indexed here, where the full length of the 
             array would be reversed if k > len(arr).

    Returns:
    list: A new list with elements reversed up to position k.

    Examples:
    >>> reverse_Array_Upto_K([1, 2, 3, 4, 5, 6], 4)
    [4, 3, 2, 1, 5, 6]
    >>> reverse_Array_Upto_K([1, 2, 3], 1)
    [1, 2, 3]
    """
    # Adjust k for 0-indexing
    k = min(k, len(arr))  # Prevent index out of range if k > len(arr)
    
    # Slice the array up to k-1, reverse it, then combine with the rest
    return list(reversed(arr[:k])) + arr[k:]
