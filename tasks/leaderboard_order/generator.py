import random


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    letters = "abcdefghijklmnop"
    top = max(1, scale // 200)
    players = []
    for _ in range(scale):
        name = "".join(rng.choices(letters, k=rng.randint(1, 8)))
        players.append([name, rng.randint(-top, 3 * top)])
    return [players]
