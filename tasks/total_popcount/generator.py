import random


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    values = []
    for _ in range(scale):
        bits = rng.choice((8, 32, 64, 64, 96))
        values.append(rng.randint(-(1 << bits), 1 << bits))
    return [values]
