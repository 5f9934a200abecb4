import random


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    n = scale
    values = [rng.randint(-10**6, 10**6) for _ in range(n)]
    k = rng.randint(max(1, n // 8), n // 4 + 1)
    return [values, k]
