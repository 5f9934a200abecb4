from typing import List, Tuple
import doctest
def find_closest_elements(numbers: List[float]) -> Tuple[float, float]:
    """ From a supplied list of numbers (of length at least two) select and return two that are the closest to each
    other and return them in order (smaller number, larger number).

    >>> find_closest_elements([1.0, 2.0, 3.0, 4.0, 5.0, 2.2])
    (2.0, 2.2)
    >>> find_closest_elements([1.0, 2.0, 3.0, 4.0, 5.0, 2.0])
    (2.0, 2.0)
    >>> find_closest_elements([-1.5, -3.2, -1.4, 0.0])
    (-1.5, -1.4)
    >>> find_closest_elements([10.0, 10.0])
    (10.0, 10.0)
    """
    if len(numbers) < 2:
        raise ValueError("The list must contain at least two numbers.")

    # Sort the list to bring closest elements next to each other
    sorted_numbers = sorted(numbers)
    min_diff = abs(sorted_numbers[1] - sorted_numbers[0])
    min_pair = (sorted_numbers[0], sorted_numbers[1])

    for i in range(2, len(sorted_numbers)):
        current_diff = abs(sorted_numbers[i] - sorted_numbers[i - 1])
        if current_diff < min_diff:
            min_diff = current_diff
            min_pair = (sorted_numbers[i - 1], sorted_numbers[i])

    return min_pair
