import random


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    spread = 5 * scale + 3
    values = [rng.randint(-spread, spread) for _ in range(scale)]
    limit = rng.randint(-spread, spread)
    return [values, limit]
