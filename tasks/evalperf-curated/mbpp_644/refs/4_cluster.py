def reverse_Array_Upto_K(arr, k):
    # Ensure the given position k is within the array bounds
    k = min(k, len(arr))
    
    # Reverse elements from the start up to position k
    arr[:k] = arr[:k][::-1]
    
    # Return the modified array
    return arr
