import random


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    bits = rng.choice([8, 20, 30])
    values = [rng.getrandbits(bits) for _ in range(scale)]
    return [values]
