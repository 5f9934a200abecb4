def count_Primes_nums(n: int) -> int:
    """
    Counts the number of prime numbers less than the given non-negative number `n`.

    Args:
    - `n` (int): A non-negative integer.

    Returns:
    - `int`: The count of prime numbers less than `n`.
    """
    if n < 0:
        raise ValueError("Input must be a non-negative integer.")
    elif n < 2:
        return 0  # Edge case: Numbers less than 2 have no prime numbers before them.

    # Initialize a boolean array, prime, of size n+1
    prime = [True] * (n + 1)
    prime[0] = prime[1] = False  # 0 and 1 are not prime numbers

    # Iterate from 2 to sqrt(n)
    for p in range(2, int(n ** 0.5) + 1):
        # If p is a prime, mark as composite all the multiples of p
        if prime[p]:
            for i in range(p * p, n + 1, p):
                prime[i] = False

    # Count all prime numbers in the list
    count = sum(1 for is_prime in prime if is_prime)

    return count - (1 if prime[n] else 0)  # Subtract 1 if n itself is prime
