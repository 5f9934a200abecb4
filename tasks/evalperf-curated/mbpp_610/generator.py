"""Mbpp/610: a long int list and k at a tenth of its length (an in-place pop still moves nine
tenths of it); slicing or pop in C vs. loops and comprehensions over every index in Python."""

import random

SCALE = 60000
SEED = 0


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    lst = [rng.getrandbits(30) for _ in range(scale)]
    return [lst, max(1, scale // 10)]
