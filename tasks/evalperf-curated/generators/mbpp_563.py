"""Mbpp/563: a long single-line text with many balanced, non-empty double-quoted values (no
nested or unbalanced quotes): a "([^"]*)" regex vs the lazy "(.*?)" one vs regexes with per-match
Python post-processing vs str.find loops vs character-by-character Python parsers."""

import random

SCALE = 200000  # approximate length of the text in characters
SEED = 0


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789   "
    table = bytes(ord(alphabet[i % len(alphabet)]) for i in range(256))
    blob = rng.randbytes(max(1, scale)).translate(table).decode("ascii")
    seps = [", ", " ", " and ", "; ", " x ", ",", " or "]
    parts = []
    pos = 0
    while pos < len(blob):
        bits = rng.getrandbits(8)
        n = 1 + (bits & 15)
        parts.append('"' + blob[pos:pos + n] + '"' + seps[(bits >> 4) % len(seps)])
        pos += n
    return ["".join(parts)]
