"""Mbpp/597: two long sorted int lists (interleaving values) and k in the middle; binary search
(O(log n)) vs. a Python merge loop (O(k)) vs. concatenating and sorting vs. heapq over all."""

import itertools
import random

SCALE = 12000  # length of the first array; the second has SCALE + SCALE // 3
SEED = 0


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    a = list(itertools.accumulate(1 + rng.getrandbits(10) for _ in range(scale)))
    b = list(itertools.accumulate(1 + rng.getrandbits(10) for _ in range(scale + scale // 3)))
    k = (len(a) + len(b)) // 2 + 1
    return [a, b, k]
