def pancake_sort(arr):
    for i in range(len(arr), 0, -1):
        # Find the index of the maximum element in arr[0..i]
        max_idx = max(range(i), key=lambda idx: arr[idx])
        # If the max element is not at the current position, swap it
        if max_idx != i - 1:
            if max_idx != 0:
                # Flip the first max_idx+1 elements
                arr = [arr[j] for j in range(max_idx, -1, -1)] + arr[max_idx + 1:]
            # Flip the first i elements
            arr = [arr[j] for j in range(i - 1, -1, -1)] + arr[i:]
    return arr
