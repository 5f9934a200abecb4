from typing import List
def has_close_elements(numbers: List[float], threshold: float) -> bool:
    numbers.sort()  # Sort the list in ascending order
    return any(abs(numbers[i] - numbers[i - 1]) < threshold for i in range(1, len(numbers)))
