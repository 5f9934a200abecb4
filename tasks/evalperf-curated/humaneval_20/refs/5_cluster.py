from typing import *
from typing import List, Tuple
import heapq
def find_closest_elements(numbers: List[float]) -> Tuple[float, float]:
    """
    From a supplied list of numbers (of length at least two) select and return two that are the closest to each
    other and return them in order (smaller number, larger number).
    """
    # Sort the list to ensure that the closest numbers are next to each other
    sorted_numbers = sorted(numbers)
    
    # Initialize variables to store the closest pair
    closest_pair = (sorted_numbers[0], sorted_numbers[1])
    min_distance = abs(sorted_numbers[1] - sorted_numbers[0])
    
    # Iterate through the list to find the pair with the smallest distance
    for i in range(1, len(sorted_numbers) - 1):
        current_distance = abs(sorted_numbers[i + 1] - sorted_numbers[i])
        if current_distance < min_distance:
            min_distance = current_distance
            closest_pair = (sorted_numbers[i], sorted_numbers[i + 1])
    
    return closest_pair
