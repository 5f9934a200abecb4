import random


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    n = max(1, scale + rng.randint(-scale // 10, scale // 10))
    steps = [rng.randint(1, 10**6) for _ in range(rng.randint(1, 50))]
    return [n, steps]
