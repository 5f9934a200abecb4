import random


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    distinct = max(1, scale // 20)
    pool = rng.sample(range(-50 * distinct, 50 * distinct + 1), distinct)
    # skewed popularity: the minimum of two uniform picks favours the front of the pool
    values = [pool[min(rng.randrange(distinct), rng.randrange(distinct))] for _ in range(scale)]
    k = rng.randint(0, distinct // 3 + 2)
    return [values, k]
