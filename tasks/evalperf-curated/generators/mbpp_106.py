"""Mbpp/106: a list of `scale` ints appended to a tuple of scale/2 ints: tuple concatenation is one
C copy, element-by-element loops (or list round trips) cost more."""

import array
import random
import sys

SCALE = 50000
SEED = 0


def _u32(rng: random.Random, n: int) -> array.array:
    """n uniform 32-bit unsigned ints, drawn in one getrandbits call (fast, deterministic)."""
    a = array.array("I", rng.getrandbits(32 * n).to_bytes(4 * n, "little")) if n else array.array("I")
    if sys.byteorder == "big":
        a.byteswap()
    return a


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    n = max(1, scale)
    vals = [x % 2000001 - 1000000 for x in _u32(rng, n + n // 2)]
    return [vals[:n], tuple(vals[n:])]
