"""Mbpp/140: `scale` // 10 tuples of 10 ints drawn from ~scale/20 distinct values: set building is
O(N), `if x not in result_list` dedup is O(N * d)."""

import random

SCALE = 16000
SEED = 0


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    total = max(10, scale)
    d = max(1, total // 20)
    values = rng.sample(range(-100 * d, 100 * d), d)
    return [[tuple(rng.choice(values) for _ in range(10)) for _ in range(total // 10)]]
