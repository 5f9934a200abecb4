def sum_Of_product(n):
    """
    Returns the sum of the products of consecutive binomial coefficients for a given n.
    The sum is calculated using the formula:
    sum_{k=0}^{n-1} C(n,k) * C(n,k+1) = C(2n, n+1)
    """
    def nCr(n, r):
        r = min(r, n - r)
        numer = 1
        denom = 1
        for i in range(1, r + 1):
            numer *= n - r + i
            denom *= i
        return numer // denom
    return nCr(2 * n, n + 1)
