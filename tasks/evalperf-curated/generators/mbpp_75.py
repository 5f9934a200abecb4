"""Mbpp/75: `scale` tuples of 20 ints, 70% failing at their first element and 30% fully divisible by
K=7: short-circuiting all() checks skip most work, full-scan filters and copies do not."""

import random

SCALE = 100000
SEED = 0


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    k = 7
    out = []
    for _ in range(max(1, scale)):
        t = [k * rng.randint(-1000, 1000) for _ in range(20)]
        if rng.random() < 0.7:
            t[0] += rng.randint(1, k - 1)
        out.append(tuple(t))
    return [out, k]
