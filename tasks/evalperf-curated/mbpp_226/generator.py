"""Mbpp/226: a random string of `scale` letters: str1[::2] is one C copy, index loops building strings
or lists in Python cost O(n) interpreted steps."""

import random
import string

SCALE = 20000
SEED = 0


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    return ["".join(rng.choices(string.ascii_letters, k=max(1, scale)))]
