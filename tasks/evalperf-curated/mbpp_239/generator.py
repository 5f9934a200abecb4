"""Mbpp/239: m = scale (76), n = m.bit_length() (7): the pool's plain enumerators of all valid prefixes
(~58 k here) cap m; O(m^2 n) DPs and memoized recursions sit between them and the fast O(m n) DPs."""

import random

SCALE = 76
SEED = 0


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    m = max(1, scale - rng.randrange(0, 1 + scale // 100))
    return [m, m.bit_length()]
