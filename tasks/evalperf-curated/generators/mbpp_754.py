"""Mbpp/754: three long int lists of equal length, equal at about a third of the indices;
zip comprehensions vs. index loops in Python."""

import random

SCALE = 1000000
SEED = 0


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    l1, l2, l3 = [], [], []
    for i in range(scale):
        r = rng.getrandbits(12)
        v = 1000 + i
        l1.append(v)
        l2.append(v if r % 3 else v + 1)
        l3.append(v if (r >> 2) % 2 or r % 3 == 0 else v + 2)
    return [l1, l2, l3]
