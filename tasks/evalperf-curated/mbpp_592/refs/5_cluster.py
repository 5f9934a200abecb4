import math
def ncr(n, r):
    """Calculates binomial coefficient nCr."""
    if r > n or r < 0:
        return 0
    return math.comb(n, r)
def sum_Of_product(n):
    """Calculates the sum of the product of consecutive binomial coefficients."""
    total_sum = 0
    for i in range(n):
        total_sum += ncr(n, i) * ncr(n, i + 1)
    return total_sum
n = 3
