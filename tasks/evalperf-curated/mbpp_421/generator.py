"""Mbpp/421: a tuple of `scale` mixed short strings and ints: one str.join is O(total), repeated
string += in a loop can copy, and per-element Python work costs more."""

import array
import random
import string
import sys

SCALE = 6000
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
    text = _letters(rng, 6 * n, string.ascii_letters)
    items = [(x >> 8) % 100000 if x % 10 < 3 else text[6 * i:6 * i + 1 + (x >> 4) % 6]
             for i, x in enumerate(_u32(rng, n))]
    return [tuple(items)]
