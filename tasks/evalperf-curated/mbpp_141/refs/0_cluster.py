def pancake_sort(arr):
    n = len(arr)
    for i in range(n - 1, 0, -1):
        max_idx = arr.index(max(arr[:i + 1]))
        if max_idx != i:
            # Flip the subarray from 0 to max_idx
            arr[:max_idx + 1] = arr[:max_idx + 1][::-1]
            print(f"Flipped {arr[:max_idx+1]}")
            # Flip the subarray from 0 to i
            arr[:i + 1] = arr[:i + 1][::-1]
            print(f"Flipped {arr[:i+1]}")
    return arr
