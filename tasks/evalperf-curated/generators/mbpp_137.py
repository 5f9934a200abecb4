"""Mbpp/137: `scale` random ints, about a quarter zeros (never all zero): one-pass counting with
list.count/sum in C vs Python loops vs several passes."""

import random

SCALE = 500000
SEED = 0


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    n = max(2, scale)
    nums = [0 if rng.random() < 0.25 else rng.randint(1, 1000) * rng.choice((-1, 1)) for _ in range(n)]
    nums[rng.randrange(n)] = 7
    return [nums]
