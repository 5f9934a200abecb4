"""Mbpp/632: an int list, first half zero-free, second half ~half zeros; one-pass comprehensions (O(n))
vs. repeated `0 in list`/list.remove(0), each walking the zero-free half (O(n * zeros))."""

import random

SCALE = 3000
SEED = 0


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    half = scale // 2
    out = [1 + rng.getrandbits(20) for _ in range(half)]
    for _ in range(scale - half):
        r = rng.getrandbits(21)
        out.append(0 if r & 1 else 1 + (r >> 1))
    return [out]
