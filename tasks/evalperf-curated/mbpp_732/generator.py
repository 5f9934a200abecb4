"""Mbpp/732: a long string with spaces, commas and dots at ~1.6% density; re.sub/translate in C vs.
per-character Python loops, and one str.replace per special character (quadratic) far behind."""

import random

SCALE = 230000
SEED = 0


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!?"
    table = bytes(ord(alphabet[i % len(alphabet)]) for i in range(252)) + b" ,. "
    text = rng.randbytes(max(1, scale)).translate(table).decode("ascii")
    return [text]
