"""Mbpp/781: one large non-square n; divisor loops up to n (O(n)) vs. up to sqrt(n) vs. an
isqrt square test (O(1))."""

import random

SCALE = 250000
SEED = 0


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    n = max(2, scale + rng.randrange(1000))
    r = int(n ** 0.5)
    while r * r > n:
        r -= 1
    if r * r == n:
        n += 1
    return [n]
