def find_sum(nums):
    """
    This function calculates the sum of non-repeated elements in a list.

    Args:
        nums (list): A list of integers.

    Returns:
        int: The sum of non-repeated elements.

    Example:
        >>> find_sum([1,2,3,1,1,4,5,6])
        21
    """
    seen = set()
    repeated = set()
    total = 0
    
    for num in nums:
        if num in seen:
            repeated.add(num)
        elif num in repeated:
            continue
        else:
            seen.add(num)
            total += num

    return total
