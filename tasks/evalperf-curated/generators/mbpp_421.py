"""Mbpp/421: a tuple of `scale` mixed short strings and ints: one str.join is O(total), repeated
string += in a loop can copy, and per-element Python work costs more."""

import random
import string

SCALE = 300000
SEED = 0


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    n = max(1, scale)
    items = []
    for _ in range(n):
        if rng.random() < 0.3:
            items.append(rng.randint(0, 10 ** 5))
        else:
            items.append("".join(rng.choices(string.ascii_letters, k=rng.randint(1, 6))))
    return [tuple(items)]
