def find_tuples(list_of_tuples, k):
    # list of result tuples
    res = []
    # iterate through list of tuples
    for tup in list_of_tuples:
        # check if all elements are divisible by k
        if all([el % k == 0 for el in tup]):
            res.append(tup)
    return res
