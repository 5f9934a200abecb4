def proper_divisors(n):
    """
    Helper function to find proper divisors of a number
    """
    result = [1]
    for i in range(2, int(n ** 0.5) + 1):
        if n % i == 0:
            result.extend([i, n//i])
    return list(set(result))
def amicable_numbers_sum(num):
    """
    Function to sum all amicable numbers from 1 to a specified number.
    """
    result = 0
    for i in range(1, num+1):
        s1 = sum(proper_divisors(i))
        if i != s1 and sum(proper_divisors(s1)) == i:
            result += i
    return result
