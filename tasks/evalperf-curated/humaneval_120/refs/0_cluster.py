def maximum(arr, k):
    """
    Given an array arr of integers and a positive integer k, return a sorted list 
    of length k with the maximum k numbers in arr.
    """
    # Use a heap to store the k largest numbers
    import heapq
    heapq.heapify(arr)  # in-place, time complexity: O(n)
    return sorted(heapq.nlargest(k, arr))  # O(nlogk)
