import heapq
def heap_queue_largest(nums, n):
    """
    Finds the n largest integers from a given list of numbers using a heap queue.

    Args:
        nums: A list of numbers.
        n: The number of largest integers to find.

    Returns:
        A list containing the n largest integers in descending order.
        Returns an empty list if n is 0 or negative or if the input list is empty.
    """

    if n <= 0 or not nums:
        return []
    
    return heapq.nlargest(n, nums, key=lambda x: x)
