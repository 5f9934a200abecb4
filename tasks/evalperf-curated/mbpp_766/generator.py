"""Mbpp/766: a long int list; zip of slices in C vs. index loops building tuples in Python."""

import random

SCALE = 4500
SEED = 0


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    return [[rng.getrandbits(30) for _ in range(scale)]]
