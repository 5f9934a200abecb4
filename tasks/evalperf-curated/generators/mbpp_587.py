"""Mbpp/587: a long list of ints; nearly every solution is tuple(listx) (one C copy), so the
spread comes only from the rare loop-based or unpacking variants; the input is made large so the
copy itself is measurable."""

import random

SCALE = 2000000
SEED = 0


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    base = [rng.getrandbits(30) for _ in range(1000)]
    return [[base[i % 1000] + i for i in range(scale)]]
