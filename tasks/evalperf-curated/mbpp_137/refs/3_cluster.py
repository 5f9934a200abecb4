from typing import List
import math
def zero_count(arr: List[int]) -> float:
    """
    Calculates the ratio of zeroes to non-zeroes in an array of integers.
    
    Parameters:
    arr (List[int]): The input list of integers.
    
    Returns:
    float: The ratio of zeroes to non-zeroes.
    """
    total_elements = len(arr)
    zero_elements = arr.count(0)
    
    if total_elements == 0:
        return 0
    
    non_zero_elements = total_elements - zero_elements
    
    if non_zero_elements == 0:
        return float('inf')  # Ratio is infinity if there are no non-zero elements
    
    ratio = zero_elements / non_zero_elements
    
    return ratio
