"""Mbpp/16: a long valid text of random lowercase words joined by single underscores (answer True, so
every check scans all of it): one regex match runs in C, per-character Python loops and
split/isalpha chains cost more."""

import random
import string

SCALE = 500000
SEED = 0


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    target = max(3, scale)
    words = []
    total = 0
    while total < target:
        w = "".join(rng.choices(string.ascii_lowercase, k=rng.randint(1, 8)))
        words.append(w)
        total += len(w) + 1
    return ["_".join(words)]
