import heapq
def second_smallest(numbers):
    """
    Finds the second smallest number in a list.

    Args:
        numbers: A list of numbers.

    Returns:
        The second smallest number in the list, or None if the list has fewer than two unique elements.
    """
    if len(numbers) < 2:
        return None

    unique_numbers = sorted(list(set(numbers)))  # Remove duplicates and sort

    if len(unique_numbers) < 2:
        return None

    return unique_numbers[1]
