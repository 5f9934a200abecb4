"""Mbpp/108: three unsorted random int lists of `scale` elements each: sorted() on the concatenation
is O(n log n) in C, hand-written merges and Python sorts cost far more."""

import random

SCALE = 1500
SEED = 0


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    n = max(1, scale)
    return [[rng.randint(-10 ** 6, 10 ** 6) for _ in range(n)] for _ in range(3)]
