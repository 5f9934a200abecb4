"""Mbpp/240: two lists of `scale` ints: slicing+concatenation is a C copy, element-wise append loops
(or pop/extend variants) cost O(n) interpreted steps."""

import array
import random
import sys

SCALE = 35000
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
    vals = [x % 2000001 - 1000000 for x in _u32(rng, 2 * n)]
    return [vals[:n], vals[n:]]
