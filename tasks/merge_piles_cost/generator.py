import random


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    top = rng.choice([5, 100, 10**6])
    return [[rng.randint(1, top) for _ in range(scale)]]
