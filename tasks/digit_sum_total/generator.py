import random


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    values = []
    for _ in range(scale):
        bound = 10 ** rng.choice((3, 6, 9, 12))
        values.append(rng.randint(-bound, bound))
    return [values]
