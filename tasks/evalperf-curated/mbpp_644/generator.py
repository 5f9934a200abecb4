"""Mbpp/644: a long int list and k in the middle; slicing in C vs. element-by-element Python
loops or swaps."""

import random

SCALE = 60000
SEED = 0


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    lst = [rng.getrandbits(30) for _ in range(scale)]
    return [lst, max(1, scale // 2)]
