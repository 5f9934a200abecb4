"""Mbpp/437: one long random ASCII string (letters, digits, spaces, punctuation); slicing
str1[1::2] runs in C while per-character loops and string building run in Python."""

import random

SCALE = 16000
SEED = 0


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 ,.!?-"
    table = bytes(ord(alphabet[i % len(alphabet)]) for i in range(256))
    text = rng.randbytes(max(1, scale)).translate(table).decode("ascii")
    return [text]
