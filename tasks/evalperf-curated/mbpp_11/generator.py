"""Mbpp/11: a long random lowercase string (length scale) with the target character occurring a few
times in the middle third: str.replace/find solutions run in C, per-character Python loops pay O(L)."""

import random
import string

SCALE = 400000
SEED = 0


def _letters(rng: random.Random, n: int, alphabet: str) -> str:
    """n random characters of alphabet, drawn in one getrandbits call (fast, deterministic)."""
    table = bytes(ord(alphabet[i % len(alphabet)]) for i in range(256))
    return rng.getrandbits(8 * n).to_bytes(n, "little").translate(table).decode("ascii") if n else ""


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    length = max(8, scale)
    chars = list(_letters(rng, length, string.ascii_lowercase.replace("z", "")))
    lo, hi = length // 3, 2 * length // 3
    for _ in range(5):
        chars[rng.randrange(lo, hi)] = "z"
    return ["".join(chars), "z"]
