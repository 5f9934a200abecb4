import random


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    numbers = []
    for _ in range(scale):
        digits = rng.choice((1, 2, 3, 6, 9, 12, 19))
        numbers.append(rng.randint(-10**digits, 10**digits))
    return [",".join(map(str, numbers))]
