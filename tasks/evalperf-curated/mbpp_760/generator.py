"""Mbpp/760: a long list of equal ints (distinct objects, so comparisons are real), answer
True; count/set in C vs. Python loops over every element."""

import random

SCALE = 30000
SEED = 0


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    v = 100000 + rng.getrandbits(20)
    return [[v + 0 * i for i in range(max(1, scale))]]
