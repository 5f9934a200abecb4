"""Mbpp/111: 5 lists of `scale` distinct ints each sharing ~scale/10 common values: set intersection
is O(total), membership tests against lists are O(L^2)."""

import random

SCALE = 600
SEED = 0


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    n = max(2, scale)
    common = rng.sample(range(0, 10 * n), n // 10)
    lists = []
    for _ in range(5):
        rest = rng.sample(range(10 * n, 1000 * n), n - len(common))
        lst = common + rest
        rng.shuffle(lst)
        lists.append(lst)
    return [lists]
