"""Mbpp/239: m = scale (120) and n = m.bit_length() (7): the pool holds plain enumerators of all
valid prefixes (~0.5 M here, which caps m), next to O(m^2 n) and O(m n) DPs and memoized recursions;
the fast DPs stay well under 1 ms at this m."""

import random

SCALE = 120
SEED = 0


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    m = max(1, scale - rng.randrange(0, 1 + scale // 100))
    return [m, m.bit_length()]
