def largest_prime_factor(n: int) -> int:
    """
    Return the largest prime factor of n.
    
    Assumes n > 1 and is not a prime.

    :param n: The number to find the largest prime factor for
    :return: The largest prime factor of n
    """

    # Helper function to check if a number is prime
    def is_prime(num: int) -> bool:
        """Check if num is prime."""
        if num < 2:
            return False
        for i in range(2, int(num ** 0.5) + 1):
            if num % i == 0:
                return False
        return True

    # Start checking from 2, the smallest prime number
    potential_factor = 2

    # Continue checking until we've fully divided n
    while potential_factor * potential_factor <= n:
        # If n is divisible by potential_factor, it's a factor
        if n % potential_factor == 0:
            # Check if it's prime
            if is_prime(potential_factor):
                # If prime, store it and continue to see if there's a larger one
                largest_factor = potential_factor
            # Divide n to reduce the problem size
            n //= potential_factor
        else:
            # If not divisible, increment potential_factor
            potential_factor += 1
            # Only care about potential factors that are prime for efficiency
            while not is_prime(potential_factor):
                potential_factor += 1

    # After the loop, if n > 1, then n itself is a prime factor (the largest)
    if n > 1:
        return n
    else:
        return largest_factor
