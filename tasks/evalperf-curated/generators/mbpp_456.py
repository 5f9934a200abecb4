"""Mbpp/456: a long list of ASCII strings of lengths 1..60; slicing x[::-1] in C vs.
per-character Python reversal loops and repeated concatenation."""

import random

SCALE = 6000  # number of strings
SEED = 0


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 "
    table = bytes(ord(alphabet[i % len(alphabet)]) for i in range(256))
    lengths = [rng.randint(1, 60) for _ in range(scale)]
    blob = rng.randbytes(sum(lengths)).translate(table).decode("ascii")
    out = []
    pos = 0
    for n in lengths:
        out.append(blob[pos:pos + n])
        pos += n
    return [out]
