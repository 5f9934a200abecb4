"""Mbpp/16: a long valid text of random lowercase words joined by single underscores (answer True, all of
it is scanned): one regex match runs in C, per-character Python loops and split/isalpha chains cost more."""

import random
import string

SCALE = 120000
SEED = 0


def _letters(rng: random.Random, n: int, alphabet: str) -> str:
    """n random characters of alphabet, drawn in one getrandbits call (fast, deterministic)."""
    table = bytes(ord(alphabet[i % len(alphabet)]) for i in range(256))
    return rng.getrandbits(8 * n).to_bytes(n, "little").translate(table).decode("ascii") if n else ""


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    n = max(3, scale)
    s = _letters(rng, n, string.ascii_lowercase * 2 + "_____")
    s = s.replace("__", "_a")  # no two underscores in a row
    return ["a" + s[1:-1] + "a"]
