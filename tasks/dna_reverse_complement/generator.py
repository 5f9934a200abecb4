import random


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    bases = rng.choices("ACGT", k=scale)
    # A few unknown bases, in runs, as in real reads.
    for _ in range(scale // 500):
        start = rng.randrange(scale)
        for i in range(start, min(scale, start + rng.randint(1, 20))):
            bases[i] = "N"
    return ["".join(bases)]
