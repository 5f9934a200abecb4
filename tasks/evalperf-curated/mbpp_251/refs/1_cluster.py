def insert_element(lst, elm):
    return [val for sublist in [[elm, i] for i in lst] for val in sublist]
