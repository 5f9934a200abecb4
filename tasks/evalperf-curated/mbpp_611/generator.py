"""Mbpp/611: a tall int matrix (120k rows of 12 columns); comprehensions/max over a generator vs.
explicit Python loops over the rows, and the rare transposing solutions pay for every cell."""

import random

SCALE = 120000  # number of rows; 12 columns
SEED = 0


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    cols = 12
    pool = [rng.getrandbits(31) - (1 << 30) for _ in range(4096)]
    matrix = []
    for _ in range(max(1, scale)):
        s = rng.getrandbits(12) % (4096 - cols)
        matrix.append(pool[s:s + cols])
    return [matrix, 7]
