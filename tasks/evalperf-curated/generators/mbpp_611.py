"""Mbpp/611: a tall and wide int matrix (rows of equal length); reading one column (O(rows))
vs. transposing or copying the whole matrix (O(rows*cols))."""

import random

SCALE = 50000  # number of rows; 80 columns
SEED = 0


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    cols = 80
    pool = [rng.getrandbits(31) - (1 << 30) for _ in range(4096)]
    matrix = []
    for i in range(scale):
        s = rng.getrandbits(12) % (4096 - cols)
        matrix.append(pool[s:s + cols])
    return [matrix, 37]
