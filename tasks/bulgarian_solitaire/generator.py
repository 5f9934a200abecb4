import random


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    cards = scale
    piles = []
    while cards > 0:
        p = rng.randint(1, min(cards, max(1, scale // 10)))
        piles.append(p)
        cards -= p
    rounds = rng.randint(100 * scale, 120 * scale) + rng.randint(0, 5)
    return [piles, rounds]
