from typing import List
from collections import OrderedDict
def remove_duplicates(numbers: List[int]) -> List[int]:
    """
    From a list of integers, remove all elements that occur more than once.
    Keep order of elements left the same as in the input.
    
    :param numbers: List of integers
    :return: List of integers without duplicates
    """
    # Use OrderedDict to count occurrences and maintain the order
    counts = OrderedDict()
    for num in numbers:
        if num in counts:
            counts[num] += 1
        else:
            counts[num] = 1
    
    # Return a list with numbers that occur only once
    return [num for num, count in counts.items() if count == 1]
