"""Mbpp/754: three long int lists, equal at ~1/3 of the indices, values from a small set (so a pool
solution calling l1.index per match stays linear); zip comprehensions vs. Python index loops."""

import random

SCALE = 10000
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
