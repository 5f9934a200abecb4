def sum_divisors(n):
    """
    Helper function to calculate sum of divisors of a number.
    """
    sum_divs = 1
    for i in range(2, int(n**0.5) + 1):
        if n % i == 0:
            if i != n // i:  # If i is not a square root of n
                sum_divs += i + n // i
            else:
                sum_divs += i
    return sum_divs
def amicable_numbers_sum(limit):
    """
    Function to sum all amicable numbers from 1 to the specified limit.
    """
    total_sum = 0
    for num in range(1, limit):
        # Skip numbers whose sum of divisors is greater than the limit
        if sum_divisors(num) > limit:
            continue
        
        # Check for amicability
        if sum_divisors(sum_divisors(num)) == num and num != sum_divisors(num):
            total_sum += num + sum_divisors(num)
    
    # Remove duplicates (since we added both numbers in the pair)
    return total_sum // 2
