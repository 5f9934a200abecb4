import heapq
def maximum(arr, k):
    if k == 0:
        return []
    max_heap = []
    for num in arr:
        heapq.heappush(max_heap, -num)
    result = []
    for _ in range(k):
        result.append(-heapq.heappop(max_heap))
    return sorted(result)
