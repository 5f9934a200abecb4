"""Mbpp/230: a text of ~`scale` characters (words and single spaces): str.replace is one C pass,
per-character loops in Python cost far more."""

import random
import string

SCALE = 1000000
SEED = 0


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    words = []
    total = 0
    while total < max(1, scale):
        w = "".join(rng.choices(string.ascii_lowercase, k=rng.randint(1, 10)))
        words.append(w)
        total += len(w) + 1
    return [" ".join(words), "@"]
