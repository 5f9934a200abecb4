"""Mbpp/170: `scale` random ints with a range covering most of the list: sum(slice) in C vs index
loops in Python."""

import random

SCALE = 1000000
SEED = 0


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    n = max(2, scale)
    lst = [rng.randint(-1000, 1000) for _ in range(n)]
    m = rng.randrange(0, max(1, n // 20))
    hi = n - 1 - rng.randrange(0, max(1, n // 20))
    return [lst, m, max(m, hi)]
