"""Mbpp/757: distinct non-palindromic strings, about half with their reverse elsewhere in the list
(once each); the all-pairs double loop (O(n^2)) vs. a set or dict in one pass (O(n))."""

import random

SCALE = 120  # number of strings
SEED = 0


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    letters = "abcdefghijklmnopqrstuvwxyz"
    seen = set()
    out = []
    while len(out) < scale:
        s = "".join(rng.choices(letters, k=rng.randint(4, 10)))
        r = s[::-1]
        if s == r or s in seen or r in seen:
            continue
        seen.add(s)
        seen.add(r)
        out.append(s)
        if len(out) < scale and rng.random() < 0.5:
            out.append(r)
    rng.shuffle(out)
    return [out]
