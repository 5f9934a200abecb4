def interleave_lists(list1, list2, list3):
    assert len(list1) == len(list2) == len(list3), "All lists must have the same length"
    flat_list = [None]*(3*len(list1))
    flat_list[::3] = list1
    flat_list[1::3] = list2
    flat_list[2::3] = list3
    return flat_list
