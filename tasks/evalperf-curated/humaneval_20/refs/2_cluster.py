from typing import List, Tuple
from itertools import combinations
import math
def find_closest_elements(numbers: List[float]) -> Tuple[float, float]:
    """From a supplied list of numbers (of length at least two) select and return two that are the closest to each
    other and return them in order (smaller number, larger number).

    >>> find_closest_elements([1.0, 2.0, 3.0, 4.0, 5.0, 2.2])
    (2.0, 2.2)
    >>> find_closest_elements([1.0, 2.0, 3.0, 4.0, 5.0, 2.0])
    (2.0, 2.0)
    """
    # Sort the list of numbers
    sorted_numbers = sorted(numbers)
    closest_pair = None
    min_diff = math.inf
    
    # Iterate over pairs of successive numbers to find the minimum difference
    for first, second in combinations(sorted_numbers, 2):
        # Since the list is sorted, no need to keep track of pairs with same difference,
        # we just take the first occurrence.
        if second - first < min_diff:
            min_diff = second - first
            closest_pair = (first, second)
    
    return closest_pair
