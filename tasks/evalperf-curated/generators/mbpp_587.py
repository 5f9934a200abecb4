"""Mbpp/587: NOT STRESSABLE: all 270 distinct pool solutions compute tuple(listx) (one C copy,
O(n)); no input separates them. The input is a long int list so the copy is at least measurable."""

import random

SCALE = 80000
SEED = 0


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    base = [rng.getrandbits(30) for _ in range(1000)]
    return [[base[i % 1000] + i for i in range(scale)]]
