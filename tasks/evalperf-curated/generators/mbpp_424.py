"""Mbpp/424: a tuple of `scale` random non-empty strings: one comprehension vs loops with append,
index arithmetic or per-string conversions."""

import random
import string

SCALE = 500000
SEED = 0


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    n = max(1, scale)
    return [tuple("".join(rng.choices(string.ascii_letters, k=rng.randint(1, 8))) for _ in range(n))]
