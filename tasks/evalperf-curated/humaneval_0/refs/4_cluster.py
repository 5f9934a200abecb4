from typing import *
from typing import List
import doctest
def has_close_elements(numbers: List[float], threshold: float) -> bool:
    """
    Check if in a given list of numbers, any two numbers are closer to each other than the given threshold.
    
    :param numbers: List of floating-point numbers.
    :param threshold: A floating-point number representing the distance threshold.
    :return: True if any two numbers in the list are closer to each other than the threshold, False otherwise.
    """
    # Sort the list to make it easier to compare adjacent numbers
    sorted_numbers = sorted(numbers)
    # Iterate through the sorted list and check the difference between consecutive numbers
    for i in range(len(sorted_numbers) - 1):
        if abs(sorted_numbers[i] - sorted_numbers[i + 1]) < threshold:
            return True
    return False
