"""Mbpp/137: `scale` random ints, about a quarter zeros (never all zero): one-pass counting with
list.count/sum in C vs Python loops vs several passes."""

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
    n = max(2, scale)
    nums = [0 if x % 4 == 0 else (x >> 2) % 2001 - 1000 for x in _u32(rng, n)]
    nums[rng.randrange(n)] = 7
    return [nums]
