import math
def sum_proper_divisors(n):
    """
    Calculate the sum of proper divisors of n (excluding n itself).
    """
    divisors_sum = 0
    i = 1
    while i <= math.isqrt(n):
        if n % i == 0:
            divisors_sum += i
            if i != 1 and i != n // i:
                divisors_sum += n // i
        i += 1
    return divisors_sum
def amicable_numbers_sum(limit):
    """
    Find the sum of all amicable numbers from 1 to the specified limit.
    """
    amicable_sum = 0
    for i in range(1, limit):
        j = sum_proper_divisors(i)
        if sum_proper_divisors(j) == i and i != j:
            amicable_sum += i
    return amicable_sum
