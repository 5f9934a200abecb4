def sort_third(l: list):
    """This function takes a list l and returns a list l' such that
    l' is identical to l in the indicies that are not divisible by three, while its values at the indicies that are divisible by three are equal
    to the values of the corresponding indicies of l, but sorted.
    >>> sort_third([1, 2, 3])
    [1, 2, 3]
    >>> sort_third([5, 6, 3, 4, 8, 9, 2])
    [2, 6, 3, 4, 8, 9, 5]
    """
    # Split the list into three parts: index%3!=0, index%3==0, and index%3==1
    index_mod_0 = [l[i] for i in range(len(l)) if i % 3 == 0]
    index_mod_1 = [l[i] for i in range(len(l)) if i % 3 == 1]
    index_mod_2 = [l[i] for i in range(len(l)) if i % 3 != 0 and i % 3 != 1]

    # Sort the index_mod_0 part
    index_mod_0.sort()

    # Merge the three parts
    result = []
    for i in range(len(l)):
        if i % 3 == 0:
            result.append(index_mod_0.pop(0))
        elif i % 3 == 1:
            result.append(index_mod_1.pop(0))
        else:
            result.append(index_mod_2.pop(0))

    return result
