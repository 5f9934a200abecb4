import random


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    alphabet = rng.choice(["ab", "abcd", "abcdefghijklmnop"])
    return ["".join(rng.choice(alphabet) for _ in range(scale))]
