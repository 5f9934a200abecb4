import heapq
def maximum(arr, k):
    """
    Given an array arr of integers and a positive integer k, return a sorted list 
    of length k with the maximum k numbers in arr.
    """
    if k == 0:
        return []
    max_heap = arr[:k]
    heapq.heapify(max_heap)
    for num in arr[k:]:
        if num > max_heap[0]:
            heapq.heapreplace(max_heap, num)
    return sorted(max_heap)
