def merge_sorted_list(list1, list2, list3):
    """
    Merge three lists into a single sorted list in ascending order.

    Args:
    list1 (list): First list of numbers.
    list2 (list): Second list of numbers.
    list3 (list): Third list of numbers.

    Returns:
    list: A single list containing all elements from the input lists, sorted.

    Example:
    >>> merge_sorted_list([25, 24], [19, 20], [24])
    [19, 20, 24, 24, 25]
    """
    # Combine all lists into one
    combined = list1 + list2 + list3
    
    # Sort the combined list
    # Using merge sort algorithm for efficiency when dealing with sorted sublists
    def merge_sort(arr):
        if len(arr) <= 1:
            return arr
        mid = len(arr) // 2
        left = merge_sort(arr[:mid])
        right = merge_sort(arr[mid:])
        
        result = []
        left_index, right_index = 0, 0
        
        while left_index < len(left) and right_index < len(right):
            if left[left_index] < right[right_index]:
                result.append(left[left_index])
                left_index += 1
            else:
                result.append(right[right_index])
                right_index += 1
        
        result += left[left_index:]
        result += right[right_index:]
        
        return result

    # Here we apply merge sort to get the final sorted list
    return merge_sort(combined)
