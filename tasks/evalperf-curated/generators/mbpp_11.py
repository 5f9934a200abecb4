"""Mbpp/11: a long random lowercase string (length scale) with the target character occurring a few
times in the middle: str.replace/find solutions run in C, per-character Python loops pay O(L)."""

import random
import string

SCALE = 2000000
SEED = 0


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    length = max(8, scale)
    alphabet = string.ascii_lowercase.replace("z", "")
    chars = rng.choices(alphabet, k=length)
    lo, hi = length // 3, 2 * length // 3
    for _ in range(5):
        chars[rng.randrange(lo, hi)] = "z"
    return ["".join(chars), "z"]
