import random


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    return [[rng.randint(0, scale) for _ in range(scale)]]
