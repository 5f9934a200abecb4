import random


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    text = "".join(rng.choice("abc") for _ in range(scale))
    k = rng.randint(1, 5) if scale < 20 else rng.randint(3, 5)
    return [text, k]
