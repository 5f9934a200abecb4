from typing import List
import doctest
def rolling_max(numbers: List[int]) -> List[int]:
    """
    From a given list of integers, generate a list of rolling maximum elements found up to
    each position in the sequence.

    >>> rolling_max([1, 2, 3, 2, 3, 4, 2])
    [1, 2, 3, 3, 3, 4, 4]
    >>> rolling_max([-1, -2, -3, -2, -1])
    [-1, -1, -1, -1, -1]
    >>> rolling_max([5])
    [5]
    >>> rolling_max([])
    []
    """
    result = []
    current_max = None

    for num in numbers:
        if current_max is None or num > current_max:
            current_max = num
        result.append(current_max)

    return result
