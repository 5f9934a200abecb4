"""Mbpp/128: a text of ~`scale` characters of random words (1..12 letters) split by single spaces,
n = 6: split+filter/comprehension in one pass vs per-character word building in Python."""

import random
import string

SCALE = 1000000
SEED = 0


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    words = []
    total = 0
    while total < max(1, scale):
        w = "".join(rng.choices(string.ascii_lowercase, k=rng.randint(1, 12)))
        words.append(w)
        total += len(w) + 1
    return [6, " ".join(words)]
