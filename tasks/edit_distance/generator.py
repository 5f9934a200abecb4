import random


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    alphabet = "acgt" if rng.random() < 0.7 else "abcdefghij"
    n = scale
    m = max(0, scale + rng.randint(-scale // 5 - 1, scale // 5 + 1))
    a = "".join(rng.choice(alphabet) for _ in range(n))
    # b is a mutated copy of a part of a, so the distance is not trivially ~max(n, m)
    b = list(a[:m]) + [rng.choice(alphabet) for _ in range(m - len(a[:m]))]
    for i in range(len(b)):
        if rng.random() < 0.3:
            b[i] = rng.choice(alphabet)
    return [a, "".join(b)]
