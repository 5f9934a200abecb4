import random


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    values = [rng.randint(-4, 5) for _ in range(scale)]
    target = rng.randint(-3, 6)
    return [values, target]
