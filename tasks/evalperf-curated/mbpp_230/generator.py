"""NOT STRESSABLE: Mbpp/230: 466 of the pool's 471 programs are the same str.replace call, so no input
separates them; a text of `scale` characters (words, single spaces) keeps everyone above 0.1 ms."""

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
    n = max(3, scale)
    s = _letters(rng, n, string.ascii_lowercase * 2 + "      ")
    s = s.replace("  ", " a")
    return ["a" + s[1:-1] + "a", "@"]
