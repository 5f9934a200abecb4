"""Mbpp/392: n = `scale`: memoized recursion touches only O(log^4 n) distinct values, bottom-up tables
are O(n), recursion without memo is about O(n^1.3) (module-level memos make repeat calls O(1))."""

import random

SCALE = 8000
SEED = 0


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    return [max(0, scale - rng.randrange(0, 1 + scale // 100))]
