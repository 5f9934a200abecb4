def totient_sum(n: int) -> int:
    total = 0
    for k in range(1, n + 1):
        # phi(k) = k * prod(1 - 1/p) over the distinct primes p dividing k
        phi = k
        m = k
        d = 2
        while d * d <= m:
            if m % d == 0:
                phi -= phi // d
                while m % d == 0:
                    m //= d
            d += 1
        if m > 1:
            phi -= phi // m
        total += phi
    return total
