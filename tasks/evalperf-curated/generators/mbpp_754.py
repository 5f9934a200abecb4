"""Mbpp/754: three long int lists of equal length, equal at about a third of the indices, values
from a small set (so a pool solution calling l1.index(x) per match stays linear); zip
comprehensions vs. index loops in Python."""

import random

SCALE = 1000000
SEED = 0


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    l1, l2, l3 = [], [], []
    for _ in range(scale):
        r = rng.getrandbits(14)
        v = 1000 + (r & 15)
        l1.append(v)
        l2.append(v if r % 3 else v + 20)
        l3.append(v if (r >> 4) % 2 or r % 3 == 0 else v + 40)
    return [l1, l2, l3]
