"""Mbpp/128: a text of ~`scale` characters of random words split by single spaces, n = 6:
split+filter/comprehension in one pass vs per-character word building in Python."""

import random
import string

SCALE = 80000
SEED = 0


def _letters(rng: random.Random, n: int, alphabet: str) -> str:
    """n random characters of alphabet, drawn in one getrandbits call (fast, deterministic)."""
    table = bytes(ord(alphabet[i % len(alphabet)]) for i in range(256))
    return rng.getrandbits(8 * n).to_bytes(n, "little").translate(table).decode("ascii") if n else ""


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    n = max(3, scale)
    s = _letters(rng, n, string.ascii_lowercase * 2 + "      ")
    s = s.replace("  ", " a")  # single spaces only
    return [6, "a" + s[1:-1] + "a"]
