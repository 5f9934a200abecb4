def largest_prime_factor(n: int) -> int:
    """
    Return the largest prime factor of n. Assume n > 1 and is not a prime.

    :param n: The input number to find the largest prime factor for
    :return: The largest prime factor of n
    """
    def is_prime(num: int) -> bool:
        """Check if a number is prime."""
        if num < 2:
            return False
        for i in range(2, int(num ** 0.5) + 1):
            if num % i == 0:
                return False
        return True

    # Start checking from the smallest prime number
    for i in range(2, n + 1):
        # If i is a factor of n
        if n % i == 0:
            # Check if i is prime
            if is_prime(i):
                # Initialize largest_prime as i if it's the first prime factor found
                largest_prime = i
            # Check the corresponding quotient for being prime
            quotient = n // i
            if is_prime(quotient):
                # Update largest_prime if the quotient is larger and prime
                largest_prime = max(largest_prime, quotient) if 'largest_prime' in locals() else quotient
    return largest_prime
