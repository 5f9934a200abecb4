import random


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    lengths = [rng.randint(0, 10**6) for _ in range(scale)]
    return [lengths]
