import random


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    span = 10**6
    # Widths shrink as the count grows so that a building spans about 60 pieces on average.
    max_width = min(2 * span, 120 * span // max(1, scale))
    buildings = []
    for _ in range(scale):
        left = rng.randint(-span, span)
        width = 0 if rng.random() < 0.03 else rng.randint(1, max_width)
        buildings.append([left, left + width, rng.randint(0, 10**4)])
    return [buildings]
