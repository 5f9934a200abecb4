def totient_sum(n: int) -> int:
    if n <= 0:
        return 0
    phi = list(range(n + 1))
    for p in range(2, n + 1):
        if phi[p] == p:  # untouched so far, so p is prime
            for m in range(p, n + 1, p):
                phi[m] -= phi[m] // p
    return sum(phi)
