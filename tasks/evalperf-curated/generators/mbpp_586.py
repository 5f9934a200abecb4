"""Mbpp/586: a long int list split in the middle; slicing in C vs. Python loops with append
or repeated rotations."""

import random

SCALE = 60000
SEED = 0


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    lst = [rng.getrandbits(30) for _ in range(scale)]
    return [lst, scale // 2]
