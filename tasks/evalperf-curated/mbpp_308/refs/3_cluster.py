from itertools import product
from operator import mul
from functools import reduce
def large_product(list1, list2, n):
    # Generate all possible products of elements taken from each list
    products = [reduce(mul, p) for p in product(list1, list2)]

    # Sort the products in descending order and return the top n
    return sorted(products, reverse=True)[:n]
