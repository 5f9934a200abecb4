"""Mbpp/425: `scale` // 10 sublists of 10 ints and a value present in about a third of them:
`x in sublist` summed in C-ish generator vs Python loops vs counting per sublist."""

import random

SCALE = 1000000
SEED = 0


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    rows = max(1, scale // 10)
    x = 0
    out = []
    for _ in range(rows):
        row = [rng.randint(1, 10 ** 6) for _ in range(10)]
        if rng.random() < 0.33:
            row[rng.randrange(10)] = x
        out.append(row)
    return [out, x]
