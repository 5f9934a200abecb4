def largest_prime_factor(n: int) -> int:
    """
    Return the largest prime factor of n. Assume n > 1 and is not a prime.

    :param n: The input number (greater than 1, not a prime)
    :return: The largest prime factor of n
    """
    def is_prime(num: int) -> bool:
        """Helper function to check if a number is prime."""
        if num < 2:
            return False
        for i in range(2, int(num**0.5) + 1):
            if num % i == 0:
                return False
        return True

    # Start checking from the smallest prime number
    potential_factor = 2
    while potential_factor <= n:
        # If n is divisible by potential_factor, it's a factor
        if n % potential_factor == 0:
            # Check if it's prime and update n to find the largest
            if is_prime(potential_factor):
                largest_factor = potential_factor
                # Divide n by the found factor to check for larger prime factors
                while n % potential_factor == 0:
                    n //= potential_factor
            else:
                # If not prime, just divide n by this factor to reduce the problem size
                while n % potential_factor == 0:
                    n //= potential_factor
        potential_factor += 1
        # If n is reduced to a prime number, it's the largest prime factor
        if n > 1 and is_prime(n):
            return n
    return largest_factor
