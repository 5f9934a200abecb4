"""Mbpp/12: `scale` short rows (3 ints) in random order with pairwise distinct row sums (every correct
sort agrees): many rows and few columns make the sort itself dominate, so sorted(key=sum) comparing
plain ints beats key lambdas (a Python call per row), which beat sorting (sum, row) tuples with a
key lambda, which beat sorting the tuples themselves (tuple comparisons, n log n of them)."""

import array
import random
import sys

SCALE = 20000
SEED = 0


def _u32(rng: random.Random, n: int) -> array.array:
    """n uniform 32-bit unsigned ints, drawn in one getrandbits call (fast, deterministic)."""
    a = array.array("I", rng.getrandbits(32 * n).to_bytes(4 * n, "little")) if n else array.array("I")
    if sys.byteorder == "big":
        a.byteswap()
    return a


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    rows = max(2, scale)
    cols = 3
    sums = rng.sample(range(-50 * rows, 50 * rows), rows)  # distinct row sums, random order
    vals = [x % 2001 - 1000 for x in _u32(rng, rows * (cols - 1))]
    matrix = []
    for i, s in enumerate(sums):
        row = vals[i * (cols - 1):(i + 1) * (cols - 1)]
        row.append(s - sum(row))
        matrix.append(row)
    return [matrix]
