from typing import List
from collections import OrderedDict
def remove_duplicates(numbers: List[int]) -> List[int]:
    """
    From a list of integers, remove all elements that occur more than once.
    Keep order of elements left the same as in the input.
    """
    # Create an OrderedDict to count occurrences of each element while preserving order
    count_map = OrderedDict((x, numbers.count(x)) for x in numbers)
    
    # Filter elements that occur more than once
    unique_elements = [x for x, count in count_map.items() if count == 1]
    
    return unique_elements
