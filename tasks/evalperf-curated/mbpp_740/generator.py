"""Mbpp/740: a long tuple of even length with distinct keys at even positions; dict(zip(...))
in C vs. index loops with slicing/assignment in Python."""

import random

SCALE = 14000  # tuple length (made even)
SEED = 0


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    n = scale - scale % 2
    out = []
    for i in range(n // 2):
        out.append(3 * i + 1)
        out.append(rng.getrandbits(30))
    return [tuple(out)]
