from typing import List
from collections import OrderedDict
def remove_duplicates(numbers: List[int]) -> List[int]:
    """
    From a list of integers, remove all elements that occur more than once.
    Keep the order of elements the same as in the input.

    Args:
        numbers (List[int]): A list of integers.

    Returns:
        List[int]: The list with duplicates (elements occurring more than once) removed.
    """
    # Use OrderedDict to maintain insertion order and eliminate duplicates
    seen = OrderedDict()
    for num in numbers:
        seen[num] = None  # The value doesn't matter here, we're only using keys

    # Filter out elements that appear more than once in the original list
    unique_or_single = [num for num in seen.keys() if numbers.count(num) == 1]

    return unique_or_single
