import random


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    bits = rng.randint(1, 9)
    values = [rng.getrandbits(bits) for _ in range(scale)]
    target = rng.getrandbits(bits)
    return [values, target]
