def binomial_coefficient(n, k):
    """
    Calculate the binomial coefficient C(n, k) = n! / (k!(n-k)!)
    
    :param n: Total number of items
    :param k: Number of items to choose from n
    :return: The binomial coefficient C(n,k)
    """
    if k > n:
        return 0
    res = 1
    for i in range(k):
        res *= (n - i)
        res //= (i + 1)
    return res
def sum_Of_product(n):
    """
    Calculates the sum of the products of consecutive binomial coefficients.
    
    :param n: The upper limit for binomial coefficient calculation
    :return: Sum of products of consecutive binomial coefficients for C(n,k) and C(n,k+1) where k goes from 0 to n-1
    
    Examples:
    >>> sum_Of_product(3)
    15
    """
    total = 0
    for k in range(n):
        # Calculate C(n,k) * C(n,k+1)
        product = binomial_coefficient(n, k) * binomial_coefficient(n, k + 1)
        total += product
    return total
