def insert_element(lst, elem):
    for i in range(len(lst)-1, -1, -1):
        lst.insert(i, elem)
    return lst
