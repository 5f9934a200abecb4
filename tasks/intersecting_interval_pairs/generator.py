import random


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    span = 10**6
    intervals = []
    for _ in range(scale):
        start = rng.randint(-span, span)
        intervals.append([start, start + rng.randint(0, span // 5)])
    return [intervals]
