"""Mbpp/62: `scale` random ints: min() is one C pass, Python loops cost more per element, and
solutions that sort first pay O(n log n)."""

import random

SCALE = 300000
SEED = 0


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    n = max(1, scale)
    return [[rng.randint(-10 ** 9, 10 ** 9) for _ in range(n)]]
