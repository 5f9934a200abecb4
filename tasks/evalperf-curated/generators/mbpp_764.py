"""Mbpp/764: one long ASCII string (1,000,000 characters) of alphanumeric "code" text, about 55% digits
and 45% letters/spaces, in random order.

The pool counts digits four ways, and at this digit density each lands in its own tier:
re.findall(r"\\d") scans in C but builds a match string and list entry for every digit (slowest
when digits are dense), sum(c.isdigit() for c in s) yields a bool for every character, explicit
for-loops / sum(1 for c in s if c.isdigit()) do Python work per character plus an increment per
digit, and len([c for c in s if c.isdigit()]) only appends (cheapest). Only ASCII characters, so
str.isdigit and \\d agree."""

import random

SCALE = 1_000_000
SEED = 0


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ "
    digits = "0123456789"
    # bytes 0..140 map to digits, 141..255 to letters/space: about 55% of the characters are digits
    table = bytes(ord(digits[i % 10]) if i < 141 else ord(letters[i % len(letters)]) for i in range(256))
    text = rng.randbytes(max(1, scale)).translate(table).decode("ascii")
    return [text]
