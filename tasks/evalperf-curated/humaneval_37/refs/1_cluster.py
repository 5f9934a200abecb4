def sort_even(l: list):
    """This function takes a list l and returns a list l' such that
    l' is identical to l in the odd indicies, while its values at the even indicies are equal
    to the values of the even indicies of l, but sorted.
    >>> sort_even([1, 2, 3])
    [1, 2, 3]
    >>> sort_even([5, 6, 3, 4])
    [3, 6, 5, 4]
    """
    even_indices = l[::2]
    odd_indices = l[1::2]
    even_indices.sort()
    
    result = []
    i = 0
    j = 0
    while i < len(even_indices) or j < len(odd_indices):
        if i < len(even_indices):
            result.append(even_indices[i])
            i += 1
        if j < len(odd_indices):
            result.append(odd_indices[j])
            j += 1

    return result
