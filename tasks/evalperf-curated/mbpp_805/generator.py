"""Mbpp/805: very many short int lists (1..4 elements) with a unique maximal sum; max(key=sum) in C
vs. Python summing loops, double sums or sorting all lists by sum (per-list overhead dominates)."""

import random

SCALE = 5000  # number of lists
SEED = 0


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    pool = [rng.getrandbits(20) - (1 << 19) for _ in range(8192)]
    lists = []
    for _ in range(max(1, scale)):
        r = rng.getrandbits(15)
        s = r >> 2
        lists.append(pool[s:s + 1 + (r & 3)])
    # every other sum is below 4 * 2**19: this list is the unique maximum
    best = rng.randrange(len(lists))
    lists[best] = lists[best] + [1 << 22]
    return [lists]
