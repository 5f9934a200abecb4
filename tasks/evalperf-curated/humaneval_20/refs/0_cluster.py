from typing import List, Tuple
import itertools
def find_closest_elements(numbers: List[float]) -> Tuple[float, float]:
    """
    From a supplied list of numbers (of length at least two) select and return two that are the closest to each
    other and return them in order (smaller number, larger number).

    Args:
        numbers (List[float]): A list of floating point numbers.

    Returns:
        Tuple[float, float]: A tuple containing the two closest numbers.
    """
    # Generate all possible pairs of numbers
    pairs = list(itertools.combinations(numbers, 2))
    
    # Initialize the minimum difference and the pair with the minimum difference
    min_diff = float('inf')
    closest_pair = None
    
    # Iterate over all pairs
    for pair in pairs:
        # Calculate the absolute difference between the two numbers
        diff = abs(pair[0] - pair[1])
        
        # If the difference is smaller than the current minimum difference, update the minimum difference and the closest pair
        if diff < min_diff:
            min_diff = diff
            closest_pair = pair
    
    # Return the closest pair
    return tuple(sorted(closest_pair))
