"""Mbpp/433: `scale` random ints and a number greater than all of them (answer True, no early exit):
max() or all() in one pass vs Python loops vs sorting first."""

import random

SCALE = 500000
SEED = 0


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    n = max(1, scale)
    arr = [rng.randint(-10 ** 6, 10 ** 6) for _ in range(n)]
    return [arr, 10 ** 6 + 1]
