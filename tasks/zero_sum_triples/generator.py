import random


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    spread = max(1, scale // 5)
    values = [rng.randint(-spread, spread) for _ in range(scale)]
    return [values]
