"""Mbpp/296: `scale` random ints (about n^2/4 inversions): merge-sort/BIT counting is O(n log n),
the double loop O(n^2)."""

import random

SCALE = 350
SEED = 0


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    n = max(1, scale)
    return [[rng.randint(-10 ** 6, 10 ** 6) for _ in range(n)]]
