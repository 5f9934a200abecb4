import random


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    bits = rng.choice([10, 24, 30])
    values = [rng.getrandbits(bits) for _ in range(scale)]
    return [values]
