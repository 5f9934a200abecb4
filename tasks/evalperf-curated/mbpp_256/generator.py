"""Mbpp/256: n ~ `scale`: sieves are O(n log log n), per-number trial division to sqrt is
O(n sqrt n / log n), trial division to i is O(n^2 / log n)."""

import random

SCALE = 2500
SEED = 0


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    return [max(0, scale - rng.randrange(0, 1 + scale // 100))]
