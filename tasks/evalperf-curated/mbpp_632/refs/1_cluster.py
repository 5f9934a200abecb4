def move_zero(nums):
    """
    Moves all zeroes to the end of the given list.
    :param nums: List of integers.
    :return: Modified list with all zeroes at the end.
    """
    count = nums.count(0)
    for i in range(count):
        nums.remove(0)
        nums.append(0)
    return nums
