"""Mbpp/633: a list of non-negative ints below 2^20 and n = its length; the all-pairs double loop
(O(n^2) in Python) vs. per-bit counting (O(20 n))."""

import random

SCALE = 150
SEED = 0


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    arr = [rng.getrandbits(20) for _ in range(scale)]
    return [arr, scale]
