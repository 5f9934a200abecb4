import random


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    span = 10**6
    intervals = []
    for _ in range(scale):
        start = rng.randint(-span, span)
        intervals.append([start, start + rng.randint(0, span // 4)])
    k = rng.randint(1, max(1, scale // 8))
    return [intervals, k]
