import random


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    spread = max(1, scale * rng.choice([1, 3, 10]))
    values = []
    for i in range(scale):
        # noisy upward trend so the answer is long, with frequent duplicates
        base = (i * spread) // max(1, scale) // 2
        values.append(base + rng.randint(-spread // 2, spread // 2) - spread // 4)
    return [values]
