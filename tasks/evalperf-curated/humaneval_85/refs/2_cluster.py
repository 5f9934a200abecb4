def add(lst):
    return sum(x for i, x in enumerate(lst) if i % 2 != 0 and type(x) == int and x % 2 == 0)
