from typing import *
from typing import List, Tuple
import heapq
def find_closest_elements(numbers: List[float]) -> Tuple[float, float]:
    """ From a supplied list of numbers (of length at least two) select and return two that are the closest to each
    other and return them in order (smaller number, larger number).
    """
    # Sort the list to make it easier to find the closest elements
    sorted_numbers = sorted(numbers)
    # Use a min heap to find the two closest elements efficiently
    min_heap = []
    for i in range(len(sorted_numbers) - 1):
        diff = sorted_numbers[i + 1] - sorted_numbers[i]
        heapq.heappush(min_heap, (diff, sorted_numbers[i], sorted_numbers[i + 1]))
    
    # The top of the heap will be the smallest difference, hence the closest elements
    _, smallest, second_smallest = heapq.heappop(min_heap)
    return (smallest, second_smallest)
