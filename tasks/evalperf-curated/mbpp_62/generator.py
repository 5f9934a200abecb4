"""Mbpp/62: `scale` random ints: min() is one C pass, Python loops cost more per element, and
solutions that sort first pay O(n log n)."""

import array
import random
import sys

SCALE = 30000
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
    return [[x - 2 ** 31 for x in _u32(rng, n)]]
