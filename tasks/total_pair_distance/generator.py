import random


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    n = scale
    if n == 0:
        return [0, []]
    edges = []
    # a random forest-like backbone (long paths) plus a few random shortcuts
    for v in range(1, n):
        if rng.random() < 0.93:
            edges.append([v, rng.randrange(max(0, v - 6), v)])
    for _ in range(n // 4):
        edges.append([rng.randrange(n), rng.randrange(n)])
    rng.shuffle(edges)
    return [n, edges]
