def count_Primes_nums(n):
    """Count the number of prime numbers less than a non-negative number n."""
    if n <= 2:
        return 0

    # Initialize a boolean array to track prime status of numbers
    is_prime = [True] * n
    is_prime[0] = is_prime[1] = False  # 0 and 1 are not prime numbers

    p = 2
    while p * p < n:
        if is_prime[p]:
            for i in range(p * p, n, p):
                is_prime[i] = False
        p += 1

    return sum(is_prime)
