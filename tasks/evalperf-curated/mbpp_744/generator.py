"""Mbpp/744: a long tuple of ints whose only None is the last element; `None in` / count in C
vs. generator expressions and explicit Python loops, all scanning the whole tuple."""

import random

SCALE = 45000
SEED = 0


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    base = [rng.getrandbits(30) for _ in range(1000)]
    out = [base[i % 1000] + i for i in range(max(0, scale - 1))]
    out.append(None)
    return [tuple(out)]
