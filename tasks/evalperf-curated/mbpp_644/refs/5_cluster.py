def reverse_Array_Upto_K(arr, k):
    if k > len(arr):
        return "k is larger than the length of the array."
    elif k <= 0:
        return "k is less than or equal to 0."
    else:
        arr[:k] = arr[k-1::-1]
        return arr
