def count_Primes_nums(n):
    if n < 2:
        return 0
        
    primes = [True] * n
    primes[0] = primes[1] = False
    i = 2
    while i*i < n:
        if primes[i]:
            j = i*i
            while j < n:
                primes[j] = False
                j += i
        i += 1
    return sum(primes)
