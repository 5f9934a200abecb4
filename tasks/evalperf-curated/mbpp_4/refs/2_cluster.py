def heap_queue_largest(nums, n):
    return sorted(nums, reverse=True)[:n]
