"""Mbpp/12: `scale` rows x 8 random ints with pairwise distinct row sums (every correct sort agrees):
sorted(key=sum) in C vs key lambdas, sum loops, copies (the pool has no quadratic sorts: small spread)."""

import array
import random
import sys

SCALE = 2000
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
    cols = 8
    vals = [x % 2000001 - 1000000 for x in _u32(rng, rows * cols)]
    matrix = [vals[i * cols:(i + 1) * cols] for i in range(rows)]
    seen = set()
    for row in matrix:
        s = sum(row)
        while s in seen:  # nudge the last entry until the row sum is new
            row[-1] += 1
            s += 1
        seen.add(s)
    return [matrix]
