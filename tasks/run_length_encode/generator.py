import random


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    letters = "abcdefghijklmnopqrstuvwxyz"
    pieces = []
    for _ in range(scale):
        # Adjacent pieces may repeat a letter, which merges them into one longer run.
        pieces.append(rng.choice(letters) * rng.randint(1, 100))
    return ["".join(pieces)]
