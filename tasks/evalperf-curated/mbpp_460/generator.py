"""Mbpp/460: a long list of non-empty int sublists (lengths 1..20); comprehensions vs. explicit
loops with append; solutions copying or transposing sublists pay for every element."""

import random

SCALE = 9000  # number of sublists
SEED = 0


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    vals = [rng.getrandbits(30) for _ in range(1024)]
    out = []
    for i in range(scale):
        n = 1 + rng.getrandbits(5) % 20
        start = (i * 7) % 1000
        out.append(vals[start:start + n])
    return [out]
