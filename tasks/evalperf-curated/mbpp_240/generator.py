"""Mbpp/240: a long first list (`scale` ints) and a second list a quarter as long: the cost is the
elements copied, so in-place slice assignment or pop+extend (copies list2 only) beats slice+extend
(list1 once), which beats slice+concatenation (list1 twice), which beats re-slicing list1 onto itself
before the replacement (list1 three times)."""

import array
import random
import sys

SCALE = 400000
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
    m = max(1, n // 4)
    vals = [x % 2000001 - 1000000 for x in _u32(rng, n + m)]
    return [vals[:n], vals[n:]]
