"""Mbpp/90: `scale` random lowercase words of length 1..12 (one unique longest word): max over lengths
is one pass, sorting or building length lists costs more."""

import array
import itertools
import random
import string
import sys

SCALE = 12000
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
    lens = [1 + x % 12 for x in _u32(rng, n)]
    text = _letters(rng, sum(lens), string.ascii_lowercase)
    ends = list(itertools.accumulate(lens))
    words = [text[e - k:e] for e, k in zip(ends, lens)]
    words[rng.randrange(n)] = _letters(rng, 20, string.ascii_lowercase)
    return [words]
