import random


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    n = scale
    span = 10**6
    max_len = span
    intervals = []
    for _ in range(n):
        start = rng.randint(-span, span)
        length = 0 if rng.random() < 0.05 else rng.randint(1, max_len)
        intervals.append([start, start + length])
    return [intervals]
