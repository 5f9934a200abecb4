"""Mbpp/239: m ~ `scale` with n = 4: prefix-sum DP is O(m n), DP summing over all earlier values is
O(m^2 n), memoized recursion over (length, value) with inner loops in between."""

import random

SCALE = 1000
SEED = 0


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    m = max(1, scale - rng.randrange(0, 1 + scale // 50))
    return [m, 4]
