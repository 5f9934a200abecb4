import random


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    bits = 9 if scale >= 64 else rng.randint(1, 5)
    # Every bit is set with probability 1/3, so disjoint pairs are common.
    masks = []
    for _ in range(scale):
        m = 0
        for b in range(bits):
            if rng.random() < 1 / 3:
                m |= 1 << b
        masks.append(m)
    return [masks]
