import random


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    n = scale
    horizon = max(1, n // 3)
    jobs = [[rng.randint(0, horizon), rng.randint(-10, 10**6)] for _ in range(n)]
    return [jobs]
