def sort_even(l: list):
    """This function takes a list l and returns a list l' such that
    l' is identical to l in the odd indicies, while its values at the even indicies are equal
    to the values of the even indicies of l, but sorted.
    """
    even_indices = sorted([l[i] for i in range(len(l)) if i % 2 == 0])
    l_prime = l[:]
    for i, elem in enumerate(l):
        if i % 2 == 0:
            l_prime[i] = even_indices.pop(0)
    return l_prime
