def overlapping(list1, list2):
    """
    This function checks whether any value in the first sequence exists in the second sequence.
    """
    return any(val in list2 for val in list1)
