"""Mbpp/9: an aperiodic string c*(L-1)+'z' of length L=scale (c a random letter), so the answer is L:
rotation loops that slice or rebuild the string pay O(L^2), (s+s).find(s, 1) stays near O(L)."""

import random

SCALE = 700
SEED = 0


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    length = max(2, scale)
    ch = rng.choice("abcdefghijklmnopqrstuvwxy")
    return [ch * (length - 1) + "z"]
