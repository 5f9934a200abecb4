"""Mbpp/424: a long tuple of `scale` short random non-empty strings, so per-string overhead decides:
one comprehension vs loops with append, index arithmetic, isinstance checks or per-string slicing."""

import array
import random
import string
import sys

SCALE = 200000
SEED = 0


def _u32(rng: random.Random, n: int) -> array.array:
    """n uniform 32-bit unsigned ints, drawn in one getrandbits call (fast, deterministic)."""
    a = array.array("I", rng.getrandbits(32 * n).to_bytes(4 * n, "little")) if n else array.array("I")
    if sys.byteorder == "big":
        a.byteswap()
    return a


def _letters(rng: random.Random, n: int, alphabet: str) -> str:
    """n random characters of alphabet, drawn in one getrandbits call (fast, deterministic)."""
    table = bytes(ord(alphabet[i % len(alphabet)]) for i in range(256))
    return rng.getrandbits(8 * n).to_bytes(n, "little").translate(table).decode("ascii") if n else ""


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    n = max(1, scale)
    text = _letters(rng, 8 * n, string.ascii_letters)
    return [tuple(text[8 * i:8 * i + 1 + x % 8] for i, x in enumerate(_u32(rng, n)))]
