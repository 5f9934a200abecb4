"""Mbpp/805: many int lists of about a hundred elements with a unique maximal sum; max(key=sum)
in C vs. Python-level summing loops, repeated sums and sorting."""

import random

SCALE = 20000  # number of lists
SEED = 0


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    pool = [rng.getrandbits(20) - (1 << 19) for _ in range(8192)]
    lists = []
    for _ in range(scale):
        s = rng.getrandbits(13) % (8192 - 120)
        lists.append(pool[s:s + 80 + rng.getrandbits(6) % 40])
    best = max(range(len(lists)), key=lambda i: sum(lists[i]))
    lists[best] = lists[best] + [1 << 30]  # make the maximal sum unique
    return [lists]
