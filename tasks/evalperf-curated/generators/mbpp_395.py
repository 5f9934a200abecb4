"""Mbpp/395: a string of `scale` letters where every letter repeats except one placed at the very end:
str.count per character is O(n^2) (in C), counting dicts O(n), nested Python loops O(n^2) slow."""

import random
import string

SCALE = 5000
SEED = 0


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    n = max(3, scale)
    letters = list(string.ascii_letters)
    rng.shuffle(letters)
    last = letters.pop()
    body = [letters[i % len(letters)] for i in range(n - 1)]
    rng.shuffle(body)
    # every body letter must occur at least twice
    counts = {}
    for c in body:
        counts[c] = counts.get(c, 0) + 1
    for c, k in list(counts.items()):
        if k == 1:
            body.append(c)
    return ["".join(body) + last]
