import random


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    if scale < 4:
        return [rng.randint(-3, 3 + 4 * scale)]
    return [scale + rng.randint(-scale // 100, scale // 100)]
