"""Mbpp/141: `scale` distinct random ints: sorted() is O(n log n); real pancake sorts cost O(n^2)
(slices in C or swaps in Python); Python bubble/insertion sorts cost O(n^2) interpreted steps."""

import random

SCALE = 200
SEED = 0


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    n = max(2, scale)
    return [rng.sample(range(-100 * n, 100 * n), n)]
