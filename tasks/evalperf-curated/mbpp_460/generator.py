"""Mbpp/460: very many short non-empty int sublists (lengths 1..4), so per-sublist overhead decides:
a bare comprehension vs comprehension with a truth/len filter vs loops with append vs extra
isinstance/all() validation passes."""

import random

SCALE = 200000  # number of sublists
SEED = 0


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    vals = [rng.getrandbits(30) for _ in range(1024)]
    lengths = rng.getrandbits(2 * max(1, scale)).to_bytes((2 * max(1, scale) + 7) // 8, "little")
    out = []
    for i in range(max(1, scale)):
        n = 1 + ((lengths[i >> 2] >> (2 * (i & 3))) & 3)
        start = (i * 7) % 1000
        out.append(vals[start:start + n])
    return [out]
