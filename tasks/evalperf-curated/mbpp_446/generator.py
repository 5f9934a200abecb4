"""Mbpp/446: a tuple of ints and a list of distinct queries (n/20); Counter/set in one pass vs. one
tuple.count per query (O(n*m)) vs. counting every tuple element or nested Python loops."""

import random

SCALE = 1000  # length of the tuple; the list has SCALE // 20 values
SEED = 0


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    universe = max(10, scale // 4)
    tup = tuple(1000 + rng.randrange(universe) for _ in range(scale))
    m = max(1, scale // 20)
    lst = [1000 + v for v in rng.sample(range(2 * universe), m)]
    return [tup, lst]
