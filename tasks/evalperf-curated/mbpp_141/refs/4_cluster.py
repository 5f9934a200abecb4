def pancake_sort(lst):
    lst_copy = lst.copy()
    lst_copy.sort()
    return lst_copy
