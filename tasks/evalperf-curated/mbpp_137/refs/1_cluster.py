from typing import List
import math
def zero_count(arr: List[int]) -> float:
    """
    Finds the ratio of zeroes to non-zeroes in an array of integers.
    
    Parameters:
    arr (List[int]): The array of integers to analyze.
    
    Returns:
    float: The ratio of zeroes to non-zeroes in the array.
    """
    
    zero_nums = sum(1 for a in arr if a == 0)
    non_zero_nums = sum(1 for a in arr if a != 0)
    
    # Check if the array only contains zeroes to avoid division by zero
    if non_zero_nums == 0:
        return float('inf')  # or any value indicating all elements are zero
    
    ratio = zero_nums / non_zero_nums
    return ratio
