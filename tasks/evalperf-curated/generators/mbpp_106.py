"""Mbpp/106: a list of `scale` ints appended to a tuple of scale/2 ints: tuple concatenation is one
C copy, element-by-element loops (or repeated tuple +=) cost more."""

import random

SCALE = 500000
SEED = 0


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    n = max(1, scale)
    lst = [rng.randint(-10 ** 6, 10 ** 6) for _ in range(n)]
    tup = tuple(rng.randint(-10 ** 6, 10 ** 6) for _ in range(n // 2))
    return [lst, tup]
