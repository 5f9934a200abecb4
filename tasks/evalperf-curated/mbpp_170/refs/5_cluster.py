def sum_range_list(nums, start_index, end_index):
    """
    Calculate the sum of numbers in a list within a specified range.

    Args:
        nums (list): The input list of numbers.
        start_index (int): The starting index (inclusive).
        end_index (int): The ending index (inclusive).

    Returns:
        int: The sum of numbers within the specified range.
    """

    if start_index < 0 or end_index >= len(nums) or start_index > end_index:
        return 0  
    return sum(nums[start_index : end_index + 1])
nums = [2,1,5,6,8,3,4,9,10,11,8,12]
start_index = 8
end_index = 10
