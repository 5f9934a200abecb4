"""Mbpp/755: a long int list with duplicates (the minimum repeated); one Python pass (O(n)) or
heapq vs. sorting the whole list or set (O(n log n)) and repeated min/remove."""

import random

SCALE = 800000
SEED = 0


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    span = max(4, scale // 2)
    out = [rng.randrange(span) - span // 2 for _ in range(scale)]
    lo = min(out)
    out[rng.randrange(len(out))] = lo
    if len(set(out)) < 2:
        out.append(max(out) + 1)
    return [out]
