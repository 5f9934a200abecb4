def count_Primes_nums(num):
    # Define the function to check if a number is prime
    def is_prime(n):
        if n <= 1:
            return False
        if n == 2:
            return True
        if n % 2 == 0:
            return False
        for i in range(3, int(n ** 0.5) + 1, 2):
            if n % i == 0:
                return False
        return True

    # Count the number of primes that are less than the given non-negative number
    count = 0
    for i in range(num):
        if is_prime(i):
            count += 1
    return count
