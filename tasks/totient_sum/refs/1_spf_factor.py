def totient_sum(n: int) -> int:
    if n <= 0:
        return 0
    # smallest prime factor of every number, then factor each k by repeated division
    spf = [0] * (n + 1)
    for p in range(2, n + 1):
        if spf[p] == 0:
            for m in range(p, n + 1, p):
                if spf[m] == 0:
                    spf[m] = p
    total = 1  # phi(1)
    for k in range(2, n + 1):
        phi = k
        m = k
        while m > 1:
            p = spf[m]
            phi = phi // p * (p - 1)
            while m % p == 0:
                m //= p
        total += phi
    return total
