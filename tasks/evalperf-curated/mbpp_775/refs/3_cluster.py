def odd_position(lst):
    """
    This function checks whether every odd index contains odd numbers.
    """
    return all(el % 2 != 0 for el in lst[1::2])
