def sum_Of_product(n):
    """
    Calculates the sum of the product of consecutive binomial coefficients.
    
    For example:
    - For n = 3, the binomial coefficients are [1, 3, 3, 1].
      The product of consecutive pairs are [1*3, 3*3, 3*1] which sum up to 3 + 9 + 3 = 15
    
    Args:
    n (int): The upper limit for calculating binomial coefficients.

    Returns:
    int: Sum of products of consecutive binomial coefficients.

    Example:
    >>> sum_Of_product(3)
    15
    """
    # Function to generate binomial coefficients
    def binomial_coeff(n, k):
        if k > n - k:
            k = n - k
        res = 1
        for i in range(k):
            res *= (n - i)
            res //= (i + 1)
        return res

    # Generate binomial coefficients for n
    coeffs = [binomial_coeff(n, k) for k in range(n + 1)]
    
    # Sum of product of consecutive coefficients
    return sum(coeffs[i] * coeffs[i+1] for i in range(len(coeffs) - 1))
