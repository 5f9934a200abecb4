"""Mbpp/414: two lists of `scale` ints with no common value (answer False, nothing stops early):
set-based checks are O(n+m), `in` against a list O(n*m) in C, nested Python loops O(n*m)."""

import random

SCALE = 260
SEED = 0


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    n = max(1, scale)
    pool = rng.sample(range(-100 * n, 100 * n), 2 * n)
    return [pool[:n], pool[n:]]
