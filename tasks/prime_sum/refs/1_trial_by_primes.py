def prime_sum(n: int) -> int:
    # trial division, but only by the primes already found (up to sqrt k)
    primes: list[int] = []
    for k in range(2, n + 1):
        prime = True
        for p in primes:
            if p * p > k:
                break
            if k % p == 0:
                prime = False
                break
        if prime:
            primes.append(k)
    return sum(primes)
