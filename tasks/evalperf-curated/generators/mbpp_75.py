"""Mbpp/75: `scale` tuples of 20 ints, 70% failing at their first element and 30% fully divisible by
K=7: short-circuiting all() checks skip most work, full-scan filters and copies do not."""

import array
import random
import sys

SCALE = 700
SEED = 0


def _u32(rng: random.Random, n: int) -> array.array:
    """n uniform 32-bit unsigned ints, drawn in one getrandbits call (fast, deterministic)."""
    a = array.array("I", rng.getrandbits(32 * n).to_bytes(4 * n, "little")) if n else array.array("I")
    if sys.byteorder == "big":
        a.byteswap()
    return a


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    k = 7
    n = max(1, scale)
    vals = [7 * (x % 2001 - 1000) for x in _u32(rng, 20 * n)]
    out = []
    for i, m in enumerate(_u32(rng, n)):
        t = vals[20 * i:20 * i + 20]
        if m % 10 < 7:
            t[0] += 1 + m % (k - 1)
        out.append(tuple(t))
    return [out, k]
