"""Mbpp/4: `scale` distinct random ints, the 50 largest wanted: heapq.nlargest/heapify stay near O(L),
full sorts pay O(L log L) (the pool has no quadratic selection loops)."""

import random

SCALE = 200000
SEED = 0


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    length = max(12, scale)
    nums = rng.sample(range(-10 * length, 10 * length), length)
    n = max(1, min(50, length // 10))
    return [nums, n]
