def solution(lst):
    """
    Given a non-empty list of integers, return the sum of all of the odd elements that are in even positions.

    Examples
    solution([5, 8, 7, 1]) ==> 12
    solution([3, 3, 3, 3, 3]) ==> 9
    solution([30, 13, 24, 321]) ==> 0
    """
    # Even positions are indices 0, 2, 4, ...
    even_position_elements = lst[::2]
    # Filter odd elements from these positions
    odd_elements = [num for num in even_position_elements if num % 2 != 0]
    # Return the sum of the filtered odd elements
    return sum(odd_elements)
