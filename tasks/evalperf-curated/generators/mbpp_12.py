"""Mbpp/12: a matrix of `scale` rows x 8 columns of random ints with pairwise distinct row sums
(so every correct sort agrees): sorted(key=sum) in C vs key lambdas, sum loops and extra copies
(the pool has no quadratic sorts, so the spread is small)."""

import random

SCALE = 20000
SEED = 0


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    rows = max(2, scale)
    cols = 8
    seen = set()
    matrix = []
    while len(matrix) < rows:
        row = [rng.randint(-10 ** 6, 10 ** 6) for _ in range(cols)]
        s = sum(row)
        if s in seen:
            continue
        seen.add(s)
        matrix.append(row)
    return [matrix]
