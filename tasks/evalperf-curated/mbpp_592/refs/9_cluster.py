def sum_Of_product(N):
    """
    Calculates the sum of the product of consecutive binomial coefficients for a given N.
    The sum is calculated using the formula: S(N) = N * C(2N, N) // (N + 1)
    where C(2N, N) is the central binomial coefficient.

    Parameters:
    N (int): The input integer N.

    Returns:
    int: The sum of the products of consecutive binomial coefficients.
    """
    from math import comb
    return N * comb(2 * N, N) // (N + 1)
