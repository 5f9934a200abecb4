import random


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    n = scale
    if n == 0:
        return [0, []]
    core = max(1, (n * 3) // 5)
    edges = []
    # a well-connected core: random tree plus about 2 extra edges per node
    for v in range(1, core):
        edges.append([v, rng.randrange(v)])
    for _ in range(2 * core):
        edges.append([rng.randrange(core), rng.randrange(core)])
    # pendant trees hanging off the core (their edges are bridges unless a shortcut closes a cycle)
    for v in range(core, n):
        edges.append([v, rng.randrange(v)])
    for _ in range((n - core) // 8):
        u = rng.randrange(core, n)
        edges.append([u, rng.randrange(n)])
    for _ in range(max(1, n // 50)):
        e = rng.choice(edges) if edges else [0, 0]
        edges.append([e[1], e[0]])  # parallel copy
        u = rng.randrange(n)
        edges.append([u, u])  # self-loop
    rng.shuffle(edges)
    return [n, edges]
