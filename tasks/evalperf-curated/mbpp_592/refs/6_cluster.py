import math
def sum_Of_product(n):
    """
    Calculate the sum of the product of consecutive binomial coefficients for a given n.

    Args:
        n (int): The non-negative integer to compute the sum for.

    Returns:
        int: The sum of the products of consecutive binomial coefficients.
    """
    # Generate all binomial coefficients C(n, k) for k from 0 to n
    binomial_coeffs = [math.comb(n, k) for k in range(n + 1)]

    # Calculate the sum of the product of consecutive binomial coefficients
    sum_product = sum(binomial_coeffs[i] * binomial_coeffs[i + 1] for i in range(n))

    return sum_product
