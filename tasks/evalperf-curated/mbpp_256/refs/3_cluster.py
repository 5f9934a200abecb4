def count_Primes_nums(n: int) -> int:
    """
    Counts the number of prime numbers less than the given non-negative number `n`.
    
    :param n: A non-negative integer.
    :return: The number of prime numbers less than `n`.
    """
    if n < 0:
        raise ValueError("Input must be a non-negative integer.")
    
    def is_prime(num: int) -> bool:
        """Checks if a number is prime."""
        if num < 2:
            return False
        for i in range(2, int(num ** 0.5) + 1):
            if num % i == 0:
                return False
        return True

    # Count primes less than n
    return sum(1 for i in range(2, n) if is_prime(i))
