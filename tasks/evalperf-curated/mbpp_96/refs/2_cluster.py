def divisor(n):
    # Base case: 1 has only one divisor (1)
    if n == 1:
        return 1
    # Initialize count of divisors
    count = 2
    # Check for all numbers from 2 to n//2
    for i in range(2, n//2 + 1):
        if n % i == 0:
            count += 1
    return count
