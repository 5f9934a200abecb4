"""Mbpp/446: a tuple of ints drawn from a few thousand values and a list of distinct query values
(a twentieth of the tuple's length); a Counter or set in one pass (O(n+m)) vs. one tuple.count per
query (O(n*m)) vs. counting every tuple element or nested Python loops (O(n^2), O(n*m) in Python)."""

import random

SCALE = 8000  # length of the tuple; the list has SCALE // 20 values
SEED = 0


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    universe = max(10, scale // 4)
    tup = tuple(1000 + rng.randrange(universe) for _ in range(scale))
    m = max(1, scale // 20)
    lst = [1000 + v for v in rng.sample(range(2 * universe), m)]
    return [tup, lst]
