"""Mbpp/3: n = p * p for a prime p near `scale`: the smallest divisor sits at sqrt(n), the worst case of
trial division for a composite, so every loop runs to sqrt(n) and the step decides: every i (1x),
the 6k +- 1 walk with a toggled step (~0.86x), 6k +- 1 pairs in a while loop (~0.58x), odd i only
(~0.51x), 6k +- 1 pairs over a range (~0.35x). (A prime n would single out the loops over range(2, n),
but they pass 1000x the sqrt loops once sqrt(n) > ~900, where the sqrt loops' steps cannot split.)"""

import random

SCALE = 200000
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
    p = max(2, scale - rng.randrange(0, max(1, scale // 100)))
    while not _is_prime(p):
        p += 1
    return [p * p]
