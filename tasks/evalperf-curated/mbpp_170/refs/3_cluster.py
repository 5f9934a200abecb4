def sum_range_list(nums, start_idx, end_idx):
    """Find the sum of numbers within a specified range in a list.

    Args:
        nums (list): A list of numbers.
        start_idx (int): The start index of the range.
        end_idx (int): The end index of the range.

    Returns:
        int: The sum of numbers within the specified range.
    """
    # Ensure the indices are within the list's bounds
    start_idx = max(min(start_idx, len(nums) - 1), 0)
    end_idx = max(min(end_idx, len(nums) - 1), 0)

    # Calculate the sum of numbers within the specified range
    result = 0
    for i in range(start_idx, end_idx + 1):
        result += nums[i]

    return result
start_idx = 8
end_idx = 10
