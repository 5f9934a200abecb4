"""Mbpp/4: `scale` distinct random ints, the 50 largest wanted: heapq.nlargest/heapify stay near O(L),
full sorts pay O(L log L) (the pool has no quadratic selection loops)."""

import array
import random
import sys

SCALE = 25000
SEED = 0


def _u32(rng: random.Random, n: int) -> array.array:
    """n uniform 32-bit unsigned ints, drawn in one getrandbits call (fast, deterministic)."""
    a = array.array("I", rng.getrandbits(32 * n).to_bytes(4 * n, "little")) if n else array.array("I")
    if sys.byteorder == "big":
        a.byteswap()
    return a


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    length = max(12, scale)
    # distinct: random high part, index as low part
    nums = [(x % 20000) * length + i - 10000 * length for i, x in enumerate(_u32(rng, length))]
    n = max(1, min(50, length // 10))
    return [nums, n]
