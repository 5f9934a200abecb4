"""Mbpp/604: a long string of words separated by single spaces (no leading/trailing space);
split/reversed/join in C vs. character-by-character Python parsing and repeated concatenation."""

import random

SCALE = 35000  # approximate length of the string in characters
SEED = 0


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
    table = bytes(ord(letters[i % len(letters)]) for i in range(256))
    blob = rng.randbytes(max(1, scale)).translate(table).decode("ascii")
    words = []
    pos = 0
    while pos < len(blob):
        n = 1 + (rng.getrandbits(4) % 10)
        words.append(blob[pos:pos + n])
        pos += n
    return [" ".join(words)]
