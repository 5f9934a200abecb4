"""Mbpp/170: `scale` random ints with a range covering most of the list: sum(slice) in C vs index
loops in Python."""

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
    n = max(2, scale)
    lst = [x % 2001 - 1000 for x in _u32(rng, n)]
    m = rng.randrange(0, max(1, n // 20))
    hi = n - 1 - rng.randrange(0, max(1, n // 20))
    return [lst, m, max(m, hi)]
