def is_prime(num):
    if num < 2:
        return False
    for i in range(2, num):
        if num % i == 0:
            return False
    return True
def count_Primes_nums(num):
    count = 0
    for i in range(num):
        if is_prime(i):
            count += 1
    return count
