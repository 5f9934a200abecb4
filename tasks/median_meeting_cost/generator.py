import random


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    spread = 50 * scale + 10
    centre = rng.randint(-spread, spread)
    positions = []
    for _ in range(scale):
        if rng.random() < 0.7:
            positions.append(centre + rng.randint(-spread // 10, spread // 10))
        else:
            positions.append(rng.randint(-spread, spread))
    return [positions]
