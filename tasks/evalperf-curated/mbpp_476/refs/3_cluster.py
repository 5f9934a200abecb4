import sys
def big_sum(arr):
    """
    Finds the sum of the largest and smallest values in a given array.

    Args:
        arr: A list of numbers.

    Returns:
        The sum of the largest and smallest values in the array.
        Returns 0 if the array is empty.  (Clarification added for empty array case)
    """
    if not arr:
        return 0  # Handle empty array case
    return min(arr) + max(arr)
