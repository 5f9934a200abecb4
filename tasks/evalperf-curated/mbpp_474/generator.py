"""Mbpp/474: one long string in which the character to replace is frequent; str.replace in C
vs. per-character Python loops, list building and concatenation."""

import random

SCALE = 400000
SEED = 0


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    alphabet = "aaaabcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOP0123456789"
    table = bytes(ord(alphabet[i % len(alphabet)]) for i in range(256))
    text = rng.randbytes(max(1, scale)).translate(table).decode("ascii")
    return [text, "a", "Z"]
