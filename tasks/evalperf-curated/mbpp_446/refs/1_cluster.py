def count_Occurrence(tuple1, lst):
    return sum(1 for elem in tuple1 for element in lst if elem == element)
