"""Mbpp/750: a long list and a long tuple; list concatenation/extend in C vs. element-wise
append loops in Python."""

import random

SCALE = 30000  # length of the list and of the tuple
SEED = 0


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    base = [rng.getrandbits(30) for _ in range(1000)]
    lst = [base[i % 1000] + i for i in range(scale)]
    tup = tuple(base[i % 1000] - i for i in range(scale))
    return [lst, tup]
