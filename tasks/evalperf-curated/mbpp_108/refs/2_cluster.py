def merge_sorted_list(a, b, c):
    import heapq
    # First, sort each list
    a = sorted(a)
    b = sorted(b)
    c = sorted(c)
    # Prepare data structures
    result = []
    heap = []
    lists = [a, b, c]
    # Initialize heap with first element from each list
    for idx, lst in enumerate(lists):
        if lst:  # list is not empty
            heapq.heappush(heap, (lst[0], idx, 0))  # (value, list_index, element_index)
    # Now, keep popping from heap and pushing next element
    while heap:
        value, list_idx, elem_idx = heapq.heappop(heap)
        result.append(value)
        # If there is a next element in the same list, push it onto heap
        if elem_idx + 1 < len(lists[list_idx]):
            next_value = lists[list_idx][elem_idx + 1]
            heapq.heappush(heap, (next_value, list_idx, elem_idx + 1))
    return result
