"""Mbpp/588: a long list of distinct-ish random ints (negative and positive); max()/min() in C
vs. a Python loop vs. sorting the whole list (O(n log n))."""

import random

SCALE = 16000
SEED = 0


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    return [[rng.getrandbits(32) - (1 << 31) for _ in range(max(1, scale))]]
