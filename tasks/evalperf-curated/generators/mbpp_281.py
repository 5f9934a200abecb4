"""Mbpp/281: `scale` distinct ints in random order (answer True, nothing stops early): set-based
checks in C vs Python loops over a seen-set vs sorting first (the pool has no quadratic loops)."""

import random

SCALE = 500000
SEED = 0


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    n = max(2, scale)
    return [rng.sample(range(-50 * n, 50 * n), n)]
