import random


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    return [[rng.randint(-1000, 1000) for _ in range(scale)]]
