def is_not_prime(n):
    if n <= 1:
        return True
    if n == 2:
        return False
    if n % 2 == 0:
        return True
    p = 3
    while p * p <= n:
        if n % p == 0:
            return True
        p += 2
    return False
