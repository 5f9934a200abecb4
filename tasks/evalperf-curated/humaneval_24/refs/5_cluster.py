def largest_divisor(n: int) -> int:
    """ For a given number n, find the largest number that divides n evenly, smaller than n """
    
    if n <= 1:
        return 0

    divisors = [d for d in range(n-1, 0, -1) if n % d == 0]
    if divisors:
        return divisors[0]
    return 0
