def count_Primes_nums(n):
    """
    Function to count the number of prime numbers less than a given non-negative number.
    """
    count = 0
    for num in range(2, n):
        is_prime = True
        for i in range(2, num):
            if num % i == 0:
                is_prime = False
        if is_prime:
            count += 1
    return count
