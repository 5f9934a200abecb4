import heapq
def heap_queue_largest(nums, n):
    heap = []
    for num in nums:
        heapq.heappush(heap, num)
        if len(heap) > n:
            heapq.heappop(heap)
    return sorted(heap, reverse=True)
