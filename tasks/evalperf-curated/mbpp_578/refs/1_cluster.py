def interleave_lists(list1, list2, list3):
    """
    Interleave 3 lists of the same length into a single flat list.
    
    Args:
    list1, list2, list3: Three lists of equal length to be interleaved.
    
    Returns:
    A single list containing elements from the input lists interleaved.
    """
    result = []
    for i in range(len(list1)):
        result.extend([list1[i], list2[i], list3[i]])
    return result
list1 = [1, 2, 3, 4, 5, 6, 7]
list2 = [10, 20, 30, 40, 50, 60, 70]
list3 = [100, 200, 300, 400, 500, 600, 700]
result = interleave_lists(list1, list2, list3)
