"""Mbpp/781: one large prime n near `scale` (a non-square, so the answer is True; a prime is also the
worst case for trial-division factorisation). Separates the pool's strategies: trial-division
factorisation multiplying exponent counts (sqrt(n) heavier steps), `while i * i <= n` divisor loops,
`for i in range(1, isqrt(n) + 1)` divisor loops, and the O(1) perfect-square test (isqrt / n ** 0.5).
Loops up to n itself (O(n)) time out on MBPP+'s own tests (n = 987654321) and are not profiled."""

import random

SCALE = 100_000_000
SEED = 0


def _is_prime(m: int) -> bool:
    if m < 2:
        return False
    if m % 2 == 0:
        return m == 2
    i = 3
    while i * i <= m:
        if m % i == 0:
            return False
        i += 2
    return True


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    n = max(2, scale + rng.randrange(1 + max(1, scale) // 100))
    while not _is_prime(n):
        n += 1
    return [n]
