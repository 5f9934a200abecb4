"""Mbpp/425: `scale` // 10 sublists of 10 ints and a value present in about a third of them:
`x in sublist` summed in a generator vs Python loops vs counting per sublist."""

import array
import random
import sys

SCALE = 60000
SEED = 0


def _u32(rng: random.Random, n: int) -> array.array:
    """n uniform 32-bit unsigned ints, drawn in one getrandbits call (fast, deterministic)."""
    a = array.array("I", rng.getrandbits(32 * n).to_bytes(4 * n, "little")) if n else array.array("I")
    if sys.byteorder == "big":
        a.byteswap()
    return a


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    rows = max(1, scale // 10)
    vals = [1 + x % 1000000 for x in _u32(rng, 10 * rows)]
    out = [vals[10 * i:10 * i + 10] for i in range(rows)]
    marks = _u32(rng, rows)
    x = 0
    for row, m in zip(out, marks):
        if m % 3 == 0:
            row[(m >> 2) % 10] = x
    return [out, x]
