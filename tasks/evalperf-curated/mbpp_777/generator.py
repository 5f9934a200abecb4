"""Mbpp/777: a list of ints with about half distinct values; sum(set()) in O(n) vs. building the
distinct values with `not in list` checks (O(n * distinct))."""

import random

SCALE = 3000
SEED = 0


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    span = max(1, scale * 7 // 10)
    return [[1000 + rng.randrange(span) for _ in range(scale)]]
