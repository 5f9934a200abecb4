def large_product(list1, list2, n):
    import heapq

    # Make a list of tuples from the two lists
    pairs = [(i, j) for i in list1 for j in list2]
    # Use a heap to find the n largest products
    largest_products = heapq.nlargest(n, pairs, key=lambda x: x[0]*x[1])
    # Return a list of the products themselves
    return [i*j for i, j in largest_products]
