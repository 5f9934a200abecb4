import random


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    n = max(1, scale)
    order = list(range(n))
    rng.shuffle(order)
    source = order[0]
    # a cheap chain through half of the nodes, listed from its far end backwards
    chain = order[: n // 2 + 1]
    backbone = [[chain[i], chain[i + 1], rng.randint(0, 3)] for i in range(len(chain) - 1)]
    backbone.reverse()
    # expensive random roads; about 5% of the nodes never receive one
    targets = order[: max(1, (n * 19) // 20)]
    others = [
        [rng.randrange(n), rng.choice(targets), rng.randint(0, 10**6) if rng.random() < 0.1 else rng.randint(10**4, 10**6)]
        for _ in range(3 * n)
    ]
    return [n, others + backbone, source]
