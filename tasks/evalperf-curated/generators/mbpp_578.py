"""Mbpp/578: three long int lists of equal length; zip-based comprehensions vs. index loops
with append/extend in Python."""

import random

SCALE = 6000  # length of each list
SEED = 0


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    return [[rng.getrandbits(30) for _ in range(scale)] for _ in range(3)]
