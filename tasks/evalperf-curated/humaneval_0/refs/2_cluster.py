from typing import List
from itertools import combinations
def has_close_elements(numbers: List[float], threshold: float) -> bool:
    """
    Check if in given list of numbers, are any two numbers closer to each other than
    given threshold.
    
    :param numbers: List of floating-point numbers.
    :param threshold: A floating-point number representing the threshold for closeness.
    :return: True if any two numbers in the list are closer to each other than the threshold, False otherwise.
    """
    # Generate all possible pairs of numbers in the list
    for num1, num2 in combinations(numbers, 2):
        if abs(num1 - num2) < threshold:
            return True
    return False
