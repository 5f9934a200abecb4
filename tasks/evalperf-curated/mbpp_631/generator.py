"""Mbpp/631: a long string with many spaces and no underscores (pool tests never mix both; some
correct solutions handle one direction only); replace/translate in C vs. per-char Python loops."""

import random

SCALE = 250000
SEED = 0


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789     "
    table = bytes(ord(alphabet[i % len(alphabet)]) for i in range(256))
    text = rng.randbytes(max(1, scale)).translate(table).decode("ascii")
    return [text]
