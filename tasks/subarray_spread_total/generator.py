import random


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    spread = rng.choice([3, 1000, 10**6])
    values = [rng.randint(-spread, spread) for _ in range(scale)]
    return [values]
