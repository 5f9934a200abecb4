from typing import List
def mean_absolute_deviation(numbers: List[float]) -> float:
    """ For a given list of input numbers, calculate Mean Absolute Deviation 
    around the mean of this dataset.
    
    Mean Absolute Deviation is the average absolute difference between each 
    element and a centerpoint (mean in this case):
    MAD = average | x - x_mean |

    Args:
    numbers (List[float]): A list of float numbers.

    Returns:
    float: The mean absolute deviation of the input list.

    >>> mean_absolute_deviation([1.0, 2.0, 3.0, 4.0])
    1.0
    """
    # Check if the input is a list
    if not isinstance(numbers, list):
        raise TypeError('Input must be a list of float numbers')

    # Check if the list is not empty
    if len(numbers) == 0:
        raise ValueError('Input list cannot be empty')

    # Check if all elements in the list are floats
    if not all(isinstance(x, (int, float)) for x in numbers):
        raise TypeError('All elements in the input list must be float numbers')

    # Calculate the mean
    mean = sum(numbers) / len(numbers)

    # Calculate the mean absolute deviation
    mad = sum(abs(x - mean) for x in numbers) / len(numbers)

    return mad
