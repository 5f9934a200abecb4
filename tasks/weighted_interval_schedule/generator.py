import random


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    n = scale
    span = 10**6
    max_len = max(1, 160 * span // max(1, n))
    intervals = []
    for _ in range(n):
        start = rng.randint(-span, span)
        end = start + rng.randint(1, max_len)
        intervals.append([start, end, rng.randint(-100, 10**4)])
    return [intervals]
