def binomial_coefficient(n, k):
    """Compute the binomial coefficient C(n, k)."""
    if k > n:
        return 0
    if k == 0 or k == n:
        return 1
    # Calculate the value using an iterative approach
    result = 1
    for i in range(min(k, n - k)):
        result *= n - i
        result //= i + 1
    return result
def sum_Of_product(n):
    """
    Compute the sum of the product of consecutive binomial coefficients
    for a given integer n.
    """
    total_sum = 0
    for k in range(n):
        # C(n, k) * C(n, k+1)
        product = binomial_coefficient(n, k) * binomial_coefficient(n, k + 1)
        total_sum += product
    return total_sum
