"""Mbpp/240: two lists of `scale` ints: slicing+concatenation is a C copy, element-wise append loops
(or pop/extend variants) cost O(n) interpreted steps."""

import random

SCALE = 500000
SEED = 0


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    n = max(1, scale)
    return [[rng.randint(-10 ** 6, 10 ** 6) for _ in range(n)],
            [rng.randint(-10 ** 6, 10 ** 6) for _ in range(n)]]
