from typing import List
import itertools
def has_close_elements(numbers: List[float], threshold: float) -> bool:
    """ Check if in given list of numbers, are any two numbers closer to each other than given threshold.
    Args:
        numbers: List of float numbers.
        threshold: The minimum distance between two numbers to be considered 'close'.

    Returns:
        True if any two numbers are closer than the given threshold, False otherwise.
    """
    # Generate all pairs of numbers from the list
    pairs = list(itertools.combinations(numbers, 2))
    
    # Check if any pair of numbers are closer than the threshold
    for pair in pairs:
        if abs(pair[0] - pair[1]) < threshold:
            return True
    
    # If no pair is closer than the threshold, return False
    return False
