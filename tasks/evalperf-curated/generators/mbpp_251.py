"""Mbpp/251: `scale` short strings and a marker: building a new list is O(n), list.insert in place is
O(n^2) memmoves."""

import random
import string

SCALE = 30000
SEED = 0


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    n = max(1, scale)
    lst = ["".join(rng.choices(string.ascii_letters, k=rng.randint(3, 8))) for _ in range(n)]
    return [lst, "c"]
