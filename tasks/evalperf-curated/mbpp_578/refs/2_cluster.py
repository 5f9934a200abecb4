def interleave_lists(list1, list2, list3):
    """
    Interleaves three lists of the same length into a single flat list.
    :param list1: First list to interleave.
    :param list2: Second list to interleave.
    :param list3: Third list to interleave.
    :return: A new list containing the elements of list1, list2, and list3 interleaved.
    """
    if not (len(list1) == len(list2) == len(list3)):
        raise ValueError("All lists must be of the same length.")
    
    result = []
    for i in range(len(list1)):
        result.append(list1[i])
        result.append(list2[i])
        result.append(list3[i])
    
    return result
