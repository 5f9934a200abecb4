def sort_third(l: list):
    """
    This function takes a list l and returns a list l' such that:
    - l' is identical to l in the indices that are not divisible by three,
    - its values at the indices that are divisible by three are sorted.

    Examples:
    >>> sort_third([1, 2, 3])
    [1, 2, 3]
    >>> sort_third([5, 6, 3, 4, 8, 9, 2])
    [2, 6, 3, 4, 8, 9, 5]
    """
    # Extract elements at indices divisible by 3
    third_elements = [l[i] for i in range(0, len(l), 3)]
    
    # Sort these elements
    sorted_third_elements = sorted(third_elements)
    
    # Create the result list
    result = l.copy()  # Start with a copy of the original list
    
    # Put sorted elements back into their original positions
    j = 0
    for i in range(0, len(l), 3):
        if i < len(l):
            result[i] = sorted_third_elements[j]
            j += 1
    
    return result
