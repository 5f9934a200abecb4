"""Mbpp/775: a long int list where every odd index holds an odd number (answer True, so no
solution can stop early); slicing plus all() vs. index loops over the whole list."""

import random

SCALE = 28000
SEED = 0


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    out = []
    for i in range(scale):
        r = rng.getrandbits(30)
        out.append(r | 1 if i % 2 else r)
    return [out]
