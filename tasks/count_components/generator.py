import random


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    n = scale
    if n == 0:
        return [0, []]
    # a sparse random graph around the connectivity threshold: a mix of big and tiny parts
    m = (n * 7) // 10 + rng.randint(0, 2)
    edges = [[rng.randrange(n), rng.randrange(n)] for _ in range(m)]
    return [n, edges]
