def big_diff(nums):
    """
    Returns the difference between the largest and smallest number in the list.
    
    Parameters:
    nums (list): A list of integers or floats.
    
    Returns:
    int or float: The difference between the largest and smallest numbers.
    
    Raises:
    ValueError: If the list is empty.
    """
    if not nums:
        raise ValueError("The list is empty.")
    
    max_num = nums[0]
    min_num = nums[0]
    
    for num in nums[1:]:
        if num > max_num:
            max_num = num
        if num < min_num:
            min_num = num
    
    return max_num - min_num
