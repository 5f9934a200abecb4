"""Mbpp/433: `scale` random ints and a number greater than all of them (answer True, no early exit):
max() or all() in one pass vs Python loops vs sorting first."""

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
    n = max(1, scale)
    arr = [x % 2000001 - 1000000 for x in _u32(rng, n)]
    return [arr, 10 ** 6 + 1]
