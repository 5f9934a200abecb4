"""Mbpp/405: a tuple of `scale` mixed ints and strings with the element absent, so every membership
check scans all of it: `in` runs in C, Python loops and conversions cost more."""

import random
import string

SCALE = 500000
SEED = 0


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    n = max(1, scale)
    items = []
    for _ in range(n):
        if rng.random() < 0.5:
            items.append(rng.randint(0, 10 ** 6))
        else:
            items.append("".join(rng.choices(string.ascii_lowercase, k=5)))
    return [tuple(items), "ABSENT"]
