"""Mbpp/123: a limit near `scale`, moved below any amicable pair it would split: divisor-sum sieves are
O(n log n), per-number sqrt trial division O(n sqrt n), per-number loops to n O(n^2). At ~5000 the
trial-division solutions also separate by how often they recompute the divisor sums or the square root
(n ** 0.5 / isqrt in every loop test)."""

import random

SCALE = 5000
SEED = 0

# Amicable pairs below 200000 (smaller member, larger member).
_PAIRS = [(220, 284), (1184, 1210), (2620, 2924), (5020, 5564), (6232, 6368), (10744, 10856),
          (12285, 14595), (17296, 18416), (63020, 76084), (66928, 66992), (67095, 71145),
          (69615, 87633), (79750, 88730), (100485, 124155), (122265, 139815), (122368, 123152),
          (141664, 153176), (142310, 168730), (171856, 176336), (176272, 180848)]


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    limit = max(1, scale - rng.randrange(0, 1 + scale // 100))
    moved = True
    while moved:
        moved = False
        for a, b in _PAIRS:
            if a <= limit <= b:
                limit = a - 1
                moved = True
    return [limit]
