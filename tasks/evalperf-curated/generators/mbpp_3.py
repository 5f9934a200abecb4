"""Mbpp/3: a prime n near `scale`, so trial division runs to its end: O(sqrt n) loops stay fast while
the pool's loops over range(2, n) pay O(n) (which caps n; the fastest stay near 0.01 ms)."""

import random

SCALE = 500000
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
    n = max(2, scale - rng.randrange(0, max(1, scale // 100)))
    while not _is_prime(n):
        n += 1
    return [n]
