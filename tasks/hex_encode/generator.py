import random


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    return [[rng.randrange(256) for _ in range(scale)]]
