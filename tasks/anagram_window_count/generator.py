import random


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    letters = "abcd"
    text = "".join(rng.choice(letters) for _ in range(scale))
    m = rng.randint(max(1, scale // 40), max(1, scale // 20) + 2)
    if scale >= m and rng.random() < 0.8:
        # a shuffled copy of some window, so matches exist
        start = rng.randrange(scale - m + 1)
        chars = list(text[start:start + m])
        rng.shuffle(chars)
        pattern = "".join(chars)
    else:
        pattern = "".join(rng.choice(letters) for _ in range(m))
    return [text, pattern]
