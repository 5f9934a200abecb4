"""Mbpp/97: `scale` // 20 sublists of 20 ints drawn from ~scale/10 distinct values: Counter or dict
counting is O(N), list.count per distinct value is O(N * d) and per flattened element O(N^2)."""

import random

SCALE = 1400
SEED = 0


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    total = max(20, scale)
    d = max(1, total // 10)
    values = rng.sample(range(1, 100 * d), d)
    return [[[rng.choice(values) for _ in range(20)] for _ in range(total // 20)]]
