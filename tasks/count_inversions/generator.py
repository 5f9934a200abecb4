import random


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    values = [rng.randint(-10**6, 10**6) for _ in range(scale)]
    return [values]
