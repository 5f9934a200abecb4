def next_smallest(lst):
    """
    You are given a list of integers.
    Write a function next_smallest() that returns the 2nd smallest element of the list.
    Return None if there is no such element.
    """
    if len(lst) < 2:
        return None

    smallest = float('inf')
    next_smallest = float('inf')

    for num in lst:
        if num < smallest:
            next_smallest = smallest
            smallest = num
        elif num < next_smallest and num != smallest:
            next_smallest = num

    return None if next_smallest == float('inf') else next_smallest
