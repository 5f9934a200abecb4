"""Mbpp/425: very many short int sublists (lengths 1..3) and a value in about half of them, so
per-sublist overhead decides: a for loop with a counter vs sum() over a filtered generator vs
sum() of booleans vs building a list, vs validation passes and any() over each sublist in Python."""

import random

SCALE = 200000  # number of sublists
SEED = 0


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    rows = max(1, scale)
    x = 0
    bits = rng.randbytes(rows)
    vals = [1 + v for v in rng.sample(range(1000000), 1024)]
    out = []
    for i in range(rows):
        b = bits[i]
        k = 1 + (b & 3) % 3
        start = (i * 13) % 1000
        row = vals[start:start + k]
        if b & 4:
            row[(b >> 3) % k] = x
        out.append(row)
    return [out, x]
