def solution(lst):
    """Given a non-empty list of integers, return the sum of all of the odd elements that are in even positions.
    
    Args:
        lst (list): A non-empty list of integers.

    Returns:
        int: The sum of odd elements at even indices in the input list.

    Examples:
        >>> solution([5, 8, 7, 1])
        12
        >>> solution([3, 3, 3, 3, 3])
        9
        >>> solution([30, 13, 24, 321])
        0
    """
    odd_sum = 0

    # Iterate over the list using the enumerate function to keep track of indices
    for i, num in enumerate(lst):
        # Check if the number is odd and its index is even
        if num % 2 != 0 and i % 2 == 0:
            odd_sum += num

    return odd_sum
