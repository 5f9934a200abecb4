"""Mbpp/94: `scale` (name, value) tuples with distinct int values (unique minimum): min(key=) is one
pass, sorting first is O(n log n), Python loops cost more per element."""

import array
import random
import string
import sys

SCALE = 10000
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
    values = [(x % 20) * n + i - 10 * n for i, x in enumerate(_u32(rng, n))]  # distinct
    text = _letters(rng, 6 * n, string.ascii_letters)
    return [[(text[6 * i:6 * i + 6], v) for i, v in enumerate(values)]]
