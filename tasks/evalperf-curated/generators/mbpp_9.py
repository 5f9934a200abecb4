"""Mbpp/9: an aperiodic string 'a'*(L-1)+'b' of length L=scale, so the answer is L: rotation loops
that slice or rebuild the string pay O(L^2), (s+s).find(s, 1) stays near O(L)."""

import random

SCALE = 60000
SEED = 0


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    length = max(2, scale)
    ch = rng.choice("abcdefghijklmnopqrstuvwxy")
    return [ch * (length - 1) + "z"]
