def second_smallest(nums):
    """
    Finds the second smallest number in a list of numbers

    Parameters:
    nums (list): List of numbers

    Returns:
    Second smallest number in the list. If the list is less than 2 elements or
    does not contain a second smallest number, it returns None
    """

    # if the list is less than 2 elements
    if len(nums) < 2:
        return None
    
    # initialize the first and second variables
    first, second = float('inf'), float('inf')

    # iterate over the list
    for num in nums:
        # ignore if the number is non-numeric
        if not isinstance(num, (int, float)):
            continue
        # update the first and second smallest if the current number is smaller
        if num < first:
            first, second = num, first
        elif first < num < second:
            second = num

    # if after iterating we couldn't find a second smallest
    if second == float('inf'):
        return None
    
    # return the second smallest
    return second
