from typing import List
def remove_duplicates(numbers: List[int]) -> List[int]:
    """From a list of integers, remove all elements that occur more than once.
    Keep order of elements left the same as in the input.
    >>> remove_duplicates([1, 2, 3, 2, 4])
    [1, 3, 4]
    """
    seen = set()
    result = []
    for number in numbers:
        if number not in seen:
            result.append(number)
            seen.add(number)
        else:
            if number in result:
                result = [n for n in result if n != number]
            seen.add(number)
    return result
