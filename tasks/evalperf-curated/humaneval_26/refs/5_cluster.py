from typing import List
def remove_duplicates(numbers: List[int]) -> List[int]:
    """
    From a list of integers, remove all elements that occur more than once.
    Keep order of elements left the same as in the input.

    Args:
        numbers (List[int]): A list of integers.

    Returns:
        List[int]: The input list with all duplicates removed, preserving original order.
    """
    seen = set()
    seen_more_than_once = set()
    result = []

    for num in numbers:
        if num not in seen:
            seen.add(num)
            result.append(num)
        else:
            if num not in seen_more_than_once:
                # If we've seen this number before, but not more than once yet,
                # remove it from the result if it was there and mark it as seen more than once
                if num in result:
                    result.remove(num)
                seen_more_than_once.add(num)

    return result
