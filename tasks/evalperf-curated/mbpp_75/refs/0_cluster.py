def find_tuples(input_tuples, k):
    """
    This function finds tuples that have all elements divisible by k from a list of tuples.
    """
    result = []
    for tpl in input_tuples:
        if all(map(lambda x: x % k == 0, tpl)):
            result.append(tpl)
    return result
