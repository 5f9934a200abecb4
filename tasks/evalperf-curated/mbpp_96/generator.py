"""Mbpp/96: n = 2 * q with q a prime near scale/2: divisor counting to sqrt(n) or factorization by
trial division (which must reach sqrt(q)) is fast, loops over 1..n or 1..n/2 pay O(n)."""

import random

SCALE = 400000
SEED = 0


def _is_prime(n: int) -> bool:
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    i = 3
    while i * i <= n:
        if n % i == 0:
            return False
        i += 2
    return True


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    q = max(3, scale // 2 - rng.randrange(0, 1 + scale // 200))
    while not _is_prime(q):
        q += 1
    return [2 * q]
