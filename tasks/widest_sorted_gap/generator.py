import random


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    spread = 10 * scale + 5
    values = [rng.randint(-spread, spread) for _ in range(scale)]
    if scale >= 4:
        # plant one clearly wider hole so the answer is not always tiny
        cut = rng.randint(-spread, spread)
        values = [v + spread if v > cut else v for v in values]
    return [values]
