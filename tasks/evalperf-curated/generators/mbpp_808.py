"""Mbpp/808: a long tuple of ints with K only at the last position; `in` in C vs. Python loops
over the whole tuple."""

import random

SCALE = 60000
SEED = 0


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    base = [rng.getrandbits(30) for _ in range(1000)]
    out = [(base[i % 1000] + i) * 2 for i in range(max(0, scale - 1))]
    k = 2 * rng.getrandbits(30) + 1  # odd, so distinct from every earlier element
    out.append(k)
    return [tuple(out), k]
