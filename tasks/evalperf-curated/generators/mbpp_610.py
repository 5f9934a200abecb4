"""Mbpp/610: a long int list and k in the middle; slicing or pop on a copy in C vs. loops and
comprehensions over every index in Python."""

import random

SCALE = 1000000
SEED = 0


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    lst = [rng.getrandbits(30) for _ in range(scale)]
    return [lst, scale // 2 + 1]
