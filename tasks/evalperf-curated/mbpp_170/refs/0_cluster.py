def sum_range_list(nums, start_index, end_index):
    """
    Calculates the sum of numbers within a specified range of indices in a list.

    Args:
        nums: The input list of numbers.
        start_index: The starting index (inclusive).
        end_index: The ending index (inclusive).

    Returns:
        The sum of numbers within the specified range, or 0 if the input is invalid.
    """

    if not isinstance(nums, list) or not all(isinstance(num, (int, float)) for num in nums):
        return 0  # Handle invalid input: not a list or contains non-numeric elements

    if not (0 <= start_index <= end_index < len(nums)):
        return 0  # Handle invalid indices

    total = 0
    for i in range(start_index, end_index + 1):
        total += nums[i]

    return total
