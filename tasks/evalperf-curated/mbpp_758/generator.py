"""Mbpp/758: a list of short int sublists drawn from a few thousand patterns (many repeats);
list.count per element (O(n^2)) vs. a Counter/dict of tuples in one pass (O(n))."""

import random

SCALE = 2200  # number of sublists
SEED = 0


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    npat = max(1, scale // 2)
    patterns = [[rng.getrandbits(16) for _ in range(rng.randint(1, 5))] for _ in range(npat)]
    return [[list(patterns[rng.randrange(npat)]) for _ in range(scale)]]
