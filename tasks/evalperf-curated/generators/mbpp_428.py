"""Mbpp/428: `scale` random ints. Nearly every pool solution is the same n//2-gap shell sort in Python
(~O(n^1.5)), so only constant factors (shift vs swap inner loops, copies) separate them: small spread."""

import random

SCALE = 500
SEED = 0


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    n = max(1, scale)
    return [[rng.randint(-10 ** 6, 10 ** 6) for _ in range(n)]]
