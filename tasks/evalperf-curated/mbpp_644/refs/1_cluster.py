def reverse_Array_Upto_K(arr, k):
    # Check if given array is not empty and k is within range
    if not arr or k > len(arr):
        return arr

    # Reverse the first k elements in the array
    for i in range(k // 2):
        arr[i], arr[k - i - 1] = arr[k - i - 1], arr[i]

    return arr
