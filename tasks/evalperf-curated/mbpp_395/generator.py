"""Mbpp/395: `scale` letters where every letter repeats except one placed about 2% into the string:
str.count per character costs O(n) for each of those first characters (C, but quadratic), so it is
slowest; then the counting loop itself decides (dict.get vs `in` tests vs defaultdict vs
OrderedDict in Python) and Counter's C loop is fastest. The scan for the answer is short for all."""

import random
import string

SCALE = 100000
SEED = 0


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    n = max(3, scale)
    letters = list(string.ascii_letters)
    rng.shuffle(letters)
    unique = letters.pop()
    table = bytes(ord(letters[i % len(letters)]) for i in range(256))
    body = rng.randbytes(n - 1).translate(table).decode("ascii")
    # every body letter must occur at least twice, after the unique letter's position
    p = max(1, n // 50)
    tail = body[p:] + "".join(c for c in dict.fromkeys(body) if body[p:].count(c) < 2) * 2
    return [body[:p] + unique + tail]
