"""Mbpp/800: one long string of letters and runs of spaces (only ' ' as whitespace, as the
reference removes); str.replace in C vs. per-character Python loops and concatenation."""

import random

SCALE = 350000
SEED = 0


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789   "
    table = bytes(ord(alphabet[i % len(alphabet)]) for i in range(256))
    text = rng.randbytes(max(1, scale)).translate(table).decode("ascii")
    return [text]
