def sort_third(l: list):
    """This function takes a list l and returns a list l' such that
    l' is identical to l in the indicies that are not divisible by three, while its values at the indicies that are divisible by three are equal
    to the values of the corresponding indicies of l, but sorted."""
    # create a list of elements with indices divisible by 3
    sorted_thirds = sorted(l[i] for i in range(len(l)) if i % 3 == 0)
    # create a list of elements with indices not divisible by 3
    others = [l[i] for i in range(len(l)) if i % 3 != 0]

    # initialize an output list with size equal to the input list
    res = [0]*len(l)
    j = 0
    # for every third element replace its value in the output list with a sorted value
    for i in range(len(res)):
        if i % 3 == 0:
            res[i] = sorted_thirds[j]
            j += 1
        else:
            res[i] = others.pop(0)
    return res
