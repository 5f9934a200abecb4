def pancake_sort(arr):
    def flip(end):
        start = 0
        while start < end:
            arr[start], arr[end] = arr[end], arr[start]
            start += 1
            end -= 1
    
    def find_max_index(n):
        max_index = 0
        for i in range(1, n):
            if arr[i] > arr[max_index]:
                max_index = i
        return max_index
    
    n = len(arr)
    for current_size in range(n, 1, -1):
        max_index = find_max_index(current_size)
        if max_index != current_size - 1:
            flip(max_index)
            flip(current_size - 1)
    
    return arr
