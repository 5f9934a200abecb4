"""Mbpp/90: `scale` random lowercase words of length 1..12 (one unique longest word): max over lengths
is one pass, sorting or building length lists costs more."""

import random
import string

SCALE = 200000
SEED = 0


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    n = max(1, scale)
    words = ["".join(rng.choices(string.ascii_lowercase, k=rng.randint(1, 12))) for _ in range(n)]
    words[rng.randrange(n)] = "".join(rng.choices(string.ascii_lowercase, k=20))
    return [words]
