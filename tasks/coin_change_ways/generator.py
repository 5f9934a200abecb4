import random


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    kinds = 2 + scale // 300
    top = max(1, int(scale ** 0.5))
    coins = [rng.randint(1, top) for _ in range(kinds)]
    if scale >= 10:
        coins[0] = rng.randint(2, 4)  # a small coin keeps the count large
    rng.shuffle(coins)
    return [coins, scale]
