import random


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    n = scale
    top = max(1, 10 * scale)
    weights = [rng.randint(1, top) for _ in range(n)]
    # values roughly proportional to weights, so many subsets are competitive
    values = [w * rng.randint(5, 15) // 10 + rng.randint(0, 20) for w in weights]
    capacity = sum(weights) // 3 if n else rng.randint(0, 5)
    return [weights, values, capacity]
