def amicable_numbers_sum(limit):
    """
    Calculate the sum of all amicable numbers up to a given limit.
    
    Amicable numbers are two different numbers so related that the sum of the proper divisors 
    of each is equal to the other number. This function finds all such numbers up to the limit 
    and returns their sum.
    
    :param limit: int - the upper bound to check for amicable numbers
    :return: int - the sum of all amicable numbers within the limit
    """
    if limit < 1:
        return 0

    # Create a list to store the sum of proper divisors for each number
    divisor_sum = [0] * (limit + 1)
    for num in range(1, limit + 1):
        for multiple in range(2 * num, limit + 1, num):
            divisor_sum[multiple] += num

    amicable_sum = 0
    checked = set()
    for num in range(2, limit + 1):
        if num in checked:
            continue
        ami_pair = divisor_sum[num]
        if ami_pair > num and ami_pair <= limit and divisor_sum[ami_pair] == num:
            amicable_sum += num + ami_pair
            checked.add(ami_pair)
    return amicable_sum
