import unittest
def big_diff(nums):
    """
    Calculate the difference between the largest and smallest numbers in a list.

    Args:
        nums (list): A list of numbers.

    Returns:
        int: The difference between the largest and smallest numbers.

    Raises:
        ValueError: If the input list is empty.
    """
    if not nums:
        raise ValueError("Input list cannot be empty")
    
    return max(nums) - min(nums)
