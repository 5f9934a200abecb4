def count_Primes_nums(n):
    """
    Returns the number of prime numbers less than the given non-negative number 'n'.
    
    Parameters:
    n (int): A non-negative integer.
    
    Returns:
    int: The count of prime numbers less than 'n'.
    """
    if n <= 2:
        return 0
    
    # Initialize a sieve list where index represents the number and value represents primality
    sieve = [True] * n
    sieve[0] = sieve[1] = False  # 0 and 1 are not primes
    
    for current in range(2, int(n**0.5) + 1):
        if sieve[current]:
            # Mark multiples of current as non-prime
            sieve[current*current:n:current] = [False] * len(sieve[current*current:n:current])
    
    return sum(sieve)
