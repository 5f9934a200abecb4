"""Mbpp/572: a list of ints with many duplicates (about a third occur once); list.count per
element (O(n^2) in C) and nested Python loops vs. a Counter/dict in O(n)."""

import random

SCALE = 1400
SEED = 0


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    return [[1000 + rng.randrange(scale) for _ in range(max(1, scale))]]
