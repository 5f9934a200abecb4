"""Mbpp/578: three long int lists of equal length (long enough that per-element work dominates):
slice assignment or itertools.chain in C vs zip-based comprehensions vs zip with extend vs index
loops with append/extend in Python."""

import random

SCALE = 100000  # length of each list
SEED = 0


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    n = max(0, scale)
    return [[rng.getrandbits(30) for _ in range(n)] for _ in range(3)]
