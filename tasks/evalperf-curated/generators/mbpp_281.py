"""Mbpp/281: `scale` distinct ints in random order (answer True, nothing stops early): set-based
checks in C vs Python loops over a seen-set vs sorting first (the pool has no quadratic loops)."""

import array
import random
import sys

SCALE = 12000
SEED = 0


def _u32(rng: random.Random, n: int) -> array.array:
    """n uniform 32-bit unsigned ints, drawn in one getrandbits call (fast, deterministic)."""
    a = array.array("I", rng.getrandbits(32 * n).to_bytes(4 * n, "little")) if n else array.array("I")
    if sys.byteorder == "big":
        a.byteswap()
    return a


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    n = max(2, scale)
    # distinct: random high part, index as low part
    return [[(x % 100) * n + i - 50 * n for i, x in enumerate(_u32(rng, n))]]
