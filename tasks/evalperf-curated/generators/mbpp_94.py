"""Mbpp/94: `scale` (name, value) tuples with distinct int values (unique minimum): min(key=) is one
pass, sorting first is O(n log n), Python loops cost more per element."""

import random
import string

SCALE = 200000
SEED = 0


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    n = max(1, scale)
    values = rng.sample(range(-10 * n, 10 * n), n)
    names = ["".join(rng.choices(string.ascii_letters, k=6)) for _ in range(n)]
    return [list(zip(names, values))]
