from math import isqrt


def totient_sum(n: int) -> int:
    # Every pair 1 <= a, b <= n has gcd g with b/g <= n/g, which gives
    #   sum_{d=1..n} S(n // d) = n (n + 1) / 2,  where S(m) = phi(1) + ... + phi(m).
    # Solve for S over the O(sqrt n) distinct values of n // d, smallest first,
    # grouping equal quotients m // d into blocks.
    if n <= 0:
        return 0
    r = isqrt(n)
    values = sorted({n // d for d in range(1, r + 1)} | set(range(1, r + 1)))
    s: dict[int, int] = {}
    for m in values:
        total = m * (m + 1) // 2
        d = 2
        while d <= m:
            q = m // d
            last = m // q
            total -= (last - d + 1) * s[q]
            d = last + 1
        s[m] = total
    return s[n]
