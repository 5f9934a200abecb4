import random


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    spread = max(1, scale // 16)
    values = [rng.randint(-spread, spread) for _ in range(scale)]
    diff = rng.choice([0, 1, 2, rng.randint(0, 2 * spread + 1)])
    return [values, diff]
