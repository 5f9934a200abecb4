"""Mbpp/75: `scale` tuples of 50 multiples of K=7, half of them spoiled at their last element:
every check scans each tuple to its end (nothing short-circuits early), so the per-element cost of
the check decides: a plain loop < a list comprehension < a generator in all() < a call per element
(map with a function, or indexing through range)."""

import array
import random
import sys

SCALE = 1000
SEED = 0
WIDTH = 50


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
    vals = [k * (x % 2001 - 1000) for x in _u32(rng, WIDTH * n)]
    out = []
    for i, m in enumerate(_u32(rng, n)):
        t = vals[WIDTH * i:WIDTH * i + WIDTH]
        if m % 2:
            t[-1] += 1 + m % (k - 1)
        out.append(tuple(t))
    return [out, k]
