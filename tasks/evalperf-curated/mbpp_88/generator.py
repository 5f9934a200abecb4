"""Mbpp/88: `scale` ints drawn from ~scale/10 distinct values: Counter/dict counting is O(n),
list.count per element or per distinct value is O(n * d)."""

import random

SCALE = 4000
SEED = 0


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    n = max(1, scale)
    d = max(1, n // 10)
    values = rng.sample(range(-100 * d, 100 * d), d)
    return [[rng.choice(values) for _ in range(n)]]
