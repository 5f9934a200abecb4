"""Mbpp/166: `scale` random ints (mixed parity and sign): counting odds/evens is O(n), checking every
pair is O(n^2)."""

import random

SCALE = 160
SEED = 0


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    n = max(2, scale)
    return [[rng.randint(-10 ** 6, 10 ** 6) for _ in range(n)]]
