from typing import List
def remove_duplicates(numbers: List[int]) -> List[int]:
    """ From a list of integers, remove all elements that occur more than once.
    Keep order of elements left the same as in the input.
    >>> remove_duplicates([1, 2, 3, 2, 4])
    [1, 3, 4]
    """
    counts = {}
    result = []
    for number in numbers:
        if number not in counts:
            counts[number] = 1
            result.append(number)
        else:
            counts[number] += 1
            if counts[number] == 2:
                result.remove(number)
    return result
