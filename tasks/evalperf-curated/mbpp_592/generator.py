"""Mbpp/592: one n; math.comb/factorial formulas vs. summing n products of binomials each built
by an O(n) loop (O(n^2) big-int steps) vs. Pascal-table DP (O(n^2))."""

import random

SCALE = 200
SEED = 0


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    return [max(1, scale + rng.randrange(3))]
