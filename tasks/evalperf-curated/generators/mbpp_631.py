"""Mbpp/631: one long string of letters and digits with many single spaces and no underscores
(the pool's tests never mix both, and some correct solutions only handle one direction);
str.replace/translate in C vs. per-character Python generators, loops and concatenation."""

import random

SCALE = 2000000
SEED = 0


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789     "
    table = bytes(ord(alphabet[i % len(alphabet)]) for i in range(256))
    text = rng.randbytes(max(1, scale)).translate(table).decode("ascii")
    return [text]
