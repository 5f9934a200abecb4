"""Mbpp/251: `scale` short strings and a marker: building a new list is O(n), while the pool's few
list.insert-in-place solutions pay O(n^2) memmoves (they set the scale)."""

import random
import string

SCALE = 7500
SEED = 0


def _letters(rng: random.Random, n: int, alphabet: str) -> str:
    """n random characters of alphabet, drawn in one getrandbits call (fast, deterministic)."""
    table = bytes(ord(alphabet[i % len(alphabet)]) for i in range(256))
    return rng.getrandbits(8 * n).to_bytes(n, "little").translate(table).decode("ascii") if n else ""


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    n = max(1, scale)
    text = _letters(rng, 6 * n, string.ascii_letters)
    return [[text[6 * i:6 * i + 6] for i in range(n)], "c"]
