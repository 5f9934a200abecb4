from typing import List
import unittest
def rolling_max(numbers: List[int]) -> List[int]:
    """
    From a given list of integers, generate a list of rolling maximum element found until given moment
    in the sequence.

    Args:
        numbers (List[int]): A list of integers.

    Returns:
        List[int]: A list of rolling maximum elements.
    """
    if not numbers:  # Check if the input list is empty
        return []

    rolling_maximums = [numbers[0]]  # Initialize with the first element
    current_max = numbers[0]

    for num in numbers[1:]:  # Iterate through the list starting from the second element
        if num > current_max:
            current_max = num
        rolling_maximums.append(current_max)

    return rolling_maximums
