"""Mbpp/720: a long tuple and a mid-size dict; tuple concatenation (one C copy) vs. list
round-trips and dict copies; every solution is linear, so the spread is small."""

import random

SCALE = 150000  # tuple length; the dict has SCALE // 100 entries
SEED = 0


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    base = [rng.getrandbits(30) for _ in range(1000)]
    tup = tuple(base[i % 1000] + i for i in range(scale))
    d = {"k%d" % i: base[i % 1000] for i in range(max(1, scale // 100))}
    return [tup, d]
