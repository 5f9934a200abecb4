"""Mbpp/308: two lists of `scale` positive ints and N = scale: all products then sort is
O(L^2 log L^2), heaps over products O(L^2 log N), smarter heap walks on sorted lists less."""

import random

SCALE = 600
SEED = 0


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    n = max(1, scale)
    a = [rng.randint(1, 10 ** 4) for _ in range(n)]
    b = [rng.randint(1, 10 ** 4) for _ in range(n)]
    return [a, b, min(n, n * n)]
