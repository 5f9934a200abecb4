from typing import List
import doctest
def mean_absolute_deviation(numbers: List[float]) -> float:
    """For a given list of input numbers, calculate Mean Absolute Deviation
    around the mean of this dataset.
    
    Mean Absolute Deviation is the average absolute difference between each
    element and a centerpoint (mean in this case):
    MAD = average | x - x_mean |
    
    >>> mean_absolute_deviation([1.0, 2.0, 3.0, 4.0])
    1.0
    >>> mean_absolute_deviation([5.0, 7.0, 3.0, 7.0])
    2.0
    >>> mean_absolute_deviation([])
    Traceback (most recent call last):
        ...
    ValueError: The list of numbers is empty.
    """
    if not numbers:
        raise ValueError("The list of numbers is empty.")
    
    mean = sum(numbers) / len(numbers)
    total_deviation = sum(abs(x - mean) for x in numbers)
    mad = total_deviation / len(numbers)
    return mad
