import random


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    quantum = rng.randint(3, 6)
    bursts = [rng.randint(1, 20 * scale) for _ in range(scale)]
    return [bursts, quantum]
