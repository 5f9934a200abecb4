def total_match(lst1, lst2):
    '''
    Function that accepts two lists of strings and returns the list
    that has total number of chars in the all strings of the list
    less than the other list.
    If the two lists have the same number of chars, it returns the first list.
    '''
    return lst1 if sum(map(len, lst1)) <= sum(map(len, lst2)) else lst2
