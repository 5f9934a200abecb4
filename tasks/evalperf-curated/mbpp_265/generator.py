"""Mbpp/265: `scale` ints split with step 100: extended slices S[i::step] copy in C, index loops cost O(n)
interpreted steps, and (rare in the pool) filters scanning the whole list per group O(n*step)."""

import random

SCALE = 16000
SEED = 0


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    n = max(1, scale)
    return [[rng.randint(-10 ** 6, 10 ** 6) for _ in range(n)], 100]
