"""Mbpp/428: `scale` random ints: shell sort in Python is ~O(n^1.3..1.5) interpreted steps,
insertion/bubble variants O(n^2), sorted() shortcuts O(n log n) in C."""

import random

SCALE = 25000
SEED = 0


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    n = max(1, scale)
    return [[rng.randint(-10 ** 6, 10 ** 6) for _ in range(n)]]
