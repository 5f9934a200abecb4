def count_element_in_list(lst, el):
    """This function counts the number of sublists that contain the specified element"""
    count = sum(el in sublist for sublist in lst)
    return count
