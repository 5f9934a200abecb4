import random


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    # about scale / 4 distinct values spread over a range with gaps, each repeated
    distinct = max(1, scale // 4)
    pool = rng.sample(range(-distinct, distinct + 1), distinct)
    # one planted longer run
    start = rng.randint(-5 * distinct, 5 * distinct)
    pool.extend(range(start, start + rng.randint(1, distinct // 10 + 1)))
    values = [rng.choice(pool) for _ in range(scale)]
    return [values]
