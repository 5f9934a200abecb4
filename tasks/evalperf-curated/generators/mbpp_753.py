"""Mbpp/753: a list of (name, int) records with distinct values and K = n // 500 (6 here);
heapq.nsmallest (O(n log K)) vs. full sorts (O(n log n)) vs. Python selection loops."""

import random

SCALE = 3000  # number of records; K = SCALE // 500
SEED = 0


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    values = rng.sample(range(20 * scale), scale)
    names = ["n%x" % rng.getrandbits(24) for _ in range(scale)]
    records = [(names[i], values[i]) for i in range(scale)]
    return [records, max(1, scale // 500)]
