import random


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    spread = 5 * scale + 5
    values = sorted(rng.sample(range(-spread, spread + 1), scale))
    # a mix of local transpositions and a large shuffled block gives cycles of varied length
    for _ in range(scale // 2):
        i = rng.randrange(scale)
        j = min(scale - 1, i + rng.randint(0, 5))
        values[i], values[j] = values[j], values[i]
    if scale >= 2:
        a = rng.randrange(scale // 4 + 1)
        b = rng.randint(a + (scale - a) // 2, scale)
        block = values[a:b]
        rng.shuffle(block)
        values[a:b] = block
    return [values]
