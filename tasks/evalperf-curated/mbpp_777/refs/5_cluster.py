def find_sum(lst):
    return sum(x for x in set(lst))
