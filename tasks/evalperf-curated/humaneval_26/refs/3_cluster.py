from typing import List
from collections import Counter
import doctest
def remove_duplicates(numbers: List[int]) -> List[int]:
    """From a list of integers, remove all elements that occur more than once.
    Keep order of elements left the same as in the input.
    
    >>> remove_duplicates([1, 2, 3, 2, 4])
    [1, 3, 4]
    >>> remove_duplicates([4, 5, 4, 6, 7, 5])
    [6, 7]
    >>> remove_duplicates([])
    []
    >>> remove_duplicates([10])
    [10]
    >>> remove_duplicates([2, 2, 2, 2])
    []
    """
    counts = Counter(numbers)
    return [num for num in numbers if counts[num] == 1]
