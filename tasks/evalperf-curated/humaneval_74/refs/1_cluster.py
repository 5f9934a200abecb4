def total_match(lst1, lst2):
    '''
    Returns the list that has total number of chars in the all strings of the list less than the other list.
    If the two lists have the same number of chars, return the first list.

    Args:
        lst1 (list): The first list of strings
        lst2 (list): The second list of strings

    Returns:
        list: The list with the least total characters
    '''
    return min([lst1, lst2, lst1 if len(lst1) == len(lst2) else lst2], key=lambda x: sum(len(s) for s in x))
