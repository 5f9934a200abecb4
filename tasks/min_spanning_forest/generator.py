import random


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    n = scale
    if n == 0:
        return [0, []]
    # most nodes in one big random component, a few split off or isolated
    core = max(1, (n * 9) // 10)
    edges = []
    for v in range(1, core):
        edges.append([rng.randrange(v), v, rng.randint(-1000, 10**6)])
    for _ in range(2 * n):
        u = rng.randrange(core)
        v = rng.randrange(core)
        edges.append([u, v, rng.randint(-1000, 10**6)])
    for _ in range((n - core) // 2):
        u = rng.randrange(core, n)
        v = rng.randrange(core, n)
        edges.append([u, v, rng.randint(-1000, 10**6)])
    rng.shuffle(edges)
    for e in edges:
        if rng.random() < 0.5:
            e[0], e[1] = e[1], e[0]
    return [n, edges]
