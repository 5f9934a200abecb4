import heapq
def heap_queue_largest(numbers, n):
    """
    Find the n largest integers from the given list of numbers.
    
    This function uses Python's heapq module to maintain a min-heap of size n,
    which helps in keeping track of the n largest elements seen so far with O(log n) operations for insertion and removal.

    Args:
    numbers (list of int): A list of integers from which to find the largest.
    n (int): The number of largest integers to return.

    Returns:
    list of int: The n largest integers in descending order.
    
    Raises:
    ValueError: If n is greater than the length of the list or less than or equal to 0.

    Example:
    >>> heap_queue_largest([25, 35, 22, 85, 14, 65, 75, 22, 58], 3)
    [85, 75, 65]
    """
    if n > len(numbers) or n <= 0:
        raise ValueError("n should be positive and not larger than the list's length.")

    # Create a min-heap with the first n elements or all if n >= len(numbers)
    heap = numbers[:n]
    heapq.heapify(heap)

    # For the rest of the numbers, replace elements in the heap if they are larger than the smallest in heap
    for num in numbers[n:]:
        if num > heap[0]:  # If the number is larger than the smallest in the heap
            heapq.heapreplace(heap, num)
    
    # The heap now contains the n largest numbers in the form of a min-heap, so reverse it
    # Since heap[0] will be the smallest of the largest, which is the n-th largest overall
    largest = []
    while heap:
        largest.append(heapq.heappop(heap))
    
    return largest[::-1]  # Reverse the list to get descending order
