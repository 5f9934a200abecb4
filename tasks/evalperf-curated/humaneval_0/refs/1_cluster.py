from typing import List
import itertools
def has_close_elements(numbers: List[float], threshold: float) -> bool:
    """
    Check if in given list of numbers, are any two numbers closer to each other than given threshold.

    Args:
        numbers: A list of float numbers.
        threshold: The minimum distance required between any two numbers.

    Returns:
        bool: True if there are two numbers in the list that are closer than the threshold, False otherwise.
    """
    # Use the combinations function from the itertools module to generate all pairs of numbers
    pairs = itertools.combinations(numbers, 2)
    # Iterate over each pair of numbers
    for pair in pairs:
        # Check if the difference between the pair is less than the threshold
        if abs(pair[0] - pair[1]) < threshold:
            return True
    return False
