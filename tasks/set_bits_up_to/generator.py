import random


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    queries = 1 + scale // 10
    top = 100 * scale
    limits = [rng.randint(0, top) for _ in range(queries)]
    return [limits]
