import random


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    n = scale
    if n == 0:
        return [0, []]
    rank = list(range(n))
    rng.shuffle(rank)  # rank[i] = position of node i in a hidden valid order
    by_rank = sorted(range(n), key=rank.__getitem__)
    edges = []
    for _ in range(3 * n):
        a = rng.randrange(n)
        b = rng.randrange(n)
        if a == b:
            continue
        if rank[a] > rank[b]:
            a, b = b, a
        edges.append([a, b])
    if n >= 3 and rng.random() < 0.25:
        # a cycle among the last nodes of the hidden order
        x, y = by_rank[-1], by_rank[-2 if n < 10 else -5]
        edges.append([x, y])
        edges.append([y, x])
    rng.shuffle(edges)
    return [n, edges]
