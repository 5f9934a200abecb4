from typing import List
from statistics import mean
def mean_absolute_deviation(numbers: List[float]) -> float:
    """
    For a given list of input numbers, calculate Mean Absolute Deviation
    around the mean of this dataset.
    Mean Absolute Deviation is the average absolute difference between each
    element and a centerpoint (mean in this case):
    MAD = average | x - x_mean |
    """
    if not numbers:
        return 0.0
    
    x_mean = mean(numbers)
    mad = mean(abs(x - x_mean) for x in numbers)
    
    return mad
