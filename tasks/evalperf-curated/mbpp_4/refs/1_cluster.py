import heapq
import unittest
def heap_queue_largest(nums, n):
    """
    This function returns the n largest integers from a given list of numbers in descending order.

    Args:
        nums (list): A list of integers.
        n (int): The number of largest integers to return.

    Returns:
        list: A list of the n largest integers in descending order.
    """
    # Use the nlargest function from the heapq module to get the n largest integers
    largest_nums = heapq.nlargest(n, nums)
    return largest_nums
