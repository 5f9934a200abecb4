"""Mbpp/129: a true magic square of odd order ~`scale` (Siamese construction), so every row, column and
diagonal check runs: sums in C / zip vs nested index loops vs extra copies and sets."""

import random

SCALE = 101
SEED = 0


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    n = max(3, scale)
    if n % 2 == 0:
        n += 1
    m = [[0] * n for _ in range(n)]
    i, j = 0, n // 2
    for k in range(1, n * n + 1):
        m[i][j] = k
        ni, nj = (i - 1) % n, (j + 1) % n
        if m[ni][nj]:
            ni, nj = (i + 1) % n, j
        i, j = ni, nj
    # a transpose keeps every row, column and diagonal sum
    if rng.random() < 0.5:
        m = [list(r) for r in zip(*m)]
    return [m]
