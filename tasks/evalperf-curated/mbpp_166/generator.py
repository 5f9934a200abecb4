"""Mbpp/166: `scale` random ints (mixed parity and sign): counting odds/evens is O(n), checking every
pair is O(n^2); a large n lifts the pair loops to ~1e8 instructions, where their per-pair work splits
them (a helper call per pair, combinations() tuples, index loops, `& 1` tests), and lifts the linear
counts to ~1e5-1e6, where two list-comprehension passes split from one counting loop."""

import random

SCALE = 2000
SEED = 0


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    n = max(2, scale)
    return [[rng.randint(-10 ** 6, 10 ** 6) for _ in range(n)]]
