import random


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    spread = max(1, scale // 8)
    values = [rng.randint(-spread, spread) for _ in range(scale)]
    k = rng.randint(max(1, scale // 12), max(1, scale // 8))
    if scale <= 4:
        k = rng.randint(1, scale + 1)
    return [values, k]
