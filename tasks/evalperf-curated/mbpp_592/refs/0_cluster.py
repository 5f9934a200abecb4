def binomial_coefficient(n, k):
    """
    Calculate the binomial coefficient C(n, k)
    """
    if k > n:
        return 0
    numerator = 1
    denominator = 1
    for i in range(k):
        numerator *= (n - i)
        denominator *= (i + 1)
    return numerator // denominator
def sum_Of_product(n):
    """
    Find the sum of the product of consecutive binomial coefficients
    """
    sum_products = 0
    for k in range(n+1):
        sum_products += binomial_coefficient(n, k) * binomial_coefficient(n, k+1)
    return sum_products
