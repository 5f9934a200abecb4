def count_divisors(n):
    """Check if the count of divisors of n is even."""
    count = 1  # Initialize count of divisors
    i = 2  # Start checking from the smallest prime number
    while i * i <= n:
        exp = 0  # Exponent of the current prime factor
        while n % i == 0:
            n //= i
            exp += 1
        count *= (exp + 1)  # Update total count of divisors
        i += 1
    if n > 1:
        count *= 2  # n is a prime number greater than sqrt(n)
    return count % 2 == 0  # Check if the count is even
