import sys
def big_sum(arr):
    """
    Finds the sum of the largest and smallest elements in an array.

    Args:
        arr: A list of numbers.

    Returns:
        The sum of the largest and smallest elements.
        Returns -1 if the array is empty.
    """
    if not arr:
        return -1

    min_val = sys.maxsize  # Initialize with the maximum possible value
    max_val = -sys.maxsize - 1 # Initialize with the minimum possible value

    for num in arr:
        min_val = min(min_val, num)
        max_val = max(max_val, num)
    
    return min_val + max_val
