from operator import mul
from functools import reduce
def large_product(l1, l2, n):
    # Make sure the inputs are lists
    assert isinstance(l1, list) and isinstance(l2, list), "Both inputs should be lists."

    # Calculate the Cartesian product of the two lists
    products = [(i, j) for i in l1 for j in l2]

    # Calculate the product for each pair and sort the result in descending order
    products.sort(key=lambda x: reduce(mul, x), reverse=True)

    # Return the first 'n' largest products
    return [reduce(mul, product) for product in products[:n]]
