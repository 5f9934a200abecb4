"""Mbpp/755: a long int list with duplicates (the minimum repeated); one Python pass (O(n)) or
heapq vs. sorting the whole list or set (O(n log n)) and repeated min/remove."""

import random

SCALE = 12000
SEED = 0


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    span = max(4, scale // 2)
    bits = span.bit_length() + 8
    half = span // 2
    out = [rng.getrandbits(bits) % span - half for _ in range(max(1, scale))]
    lo = min(out)
    out[rng.randrange(len(out))] = lo
    if len(set(out)) < 2:
        out.append(max(out) + 1)
    return [out]
