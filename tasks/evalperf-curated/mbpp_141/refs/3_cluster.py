def flip(arr, k):
    """Helper function to reverse the order of elements in arr up to index k."""
    return arr[:k + 1][::-1] + arr[k + 1:]
def find_max_index(arr, n):
    """Find the index of the maximum element in arr up to index n."""
    max_index = 0
    for i in range(1, n):
        if arr[i] > arr[max_index]:
            max_index = i
    return max_index
def pancake_sort(arr):
    """Sorts an array using the pancake sort algorithm."""
    n = len(arr)
    for current_size in range(n, 1, -1):
        max_index = find_max_index(arr, current_size)
        
        # Move the maximum number to the end of the current array
        if max_index != current_size - 1:
            # Flip the maximum number to the front
            if max_index != 0:
                arr = flip(arr, max_index)
            # Flip it to the end
            arr = flip(arr, current_size - 1)
    return arr
