import random


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    # mostly 'a': long partial matches make position-by-position checking expensive
    text = "".join("a" if rng.random() < 0.93 else "b" for _ in range(scale))
    m = rng.randint(1, max(1, scale // 200) + 3)
    if scale >= m and rng.random() < 0.9:
        start = rng.randrange(scale - m + 1)
        pattern = text[start:start + m]
    else:
        pattern = "".join(rng.choice("ab") for _ in range(m))
    return [text, pattern]
