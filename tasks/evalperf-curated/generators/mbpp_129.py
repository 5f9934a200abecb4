"""Mbpp/129: an almost-magic square of odd order ~`scale`: a Siamese magic square (randomly transposed)
with two neighbouring entries of its middle row swapped, so every row and both diagonals still sum to
the magic constant but the first two columns do not, and the answer is False. Separates the pool's
strategies: checks that stop at the first bad column (interleaving row i and column i is O(n), checking
all rows first costs n C-level row sums), transposing with zip(*m) before checking (O(n^2) C-level
copies), and precomputing every row and column sum with Python-level index loops (O(n^2) interpreted)."""

import random

SCALE = 501
SEED = 0


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    n = max(5, scale)
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
    # swapping two entries of the middle row (off both diagonals for n >= 5) keeps every row sum and
    # both diagonals but breaks columns 0 and 1
    mid = n // 2
    m[mid][0], m[mid][1] = m[mid][1], m[mid][0]
    return [m]
