import math
import unittest
def zero_count(nums):
    """
    This function calculates the ratio of zeros to the total count of zeros and non-zeros in a list of integers.
    
    Args:
        nums (list): A list of integers.
    
    Returns:
        float: The ratio of zeros to non-zeros in the input list.
    """
    
    # Count the total number of elements in the list
    total_count = len(nums)
    
    # Count the number of zeros in the list using a generator expression within the sum function
    zero_total = sum(1 for num in nums if num == 0)
    
    # Count the number of non-zeros in the list using a generator expression within the sum function
    non_zero_total = sum(1 for num in nums if num != 0)
    
    # If there are no non-zero elements, the ratio is undefined, so we return a specific value
    if non_zero_total == 0:
        return float('inf')  # or you can raise an exception
    
    # Calculate the ratio of zeros to non-zeros
    ratio = zero_total / non_zero_total
    
    return ratio
