import random


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    pieces = []
    size = 0
    while size < scale:
        kind = rng.random()
        if kind < 0.4:
            # periodic stretch: every centre inside it has a long radius
            unit = "".join(rng.choice("ab") for _ in range(rng.randint(1, 3)))
            block = unit * rng.randint(1, max(1, scale // (3 * len(unit))))
        elif kind < 0.7:
            half = "".join(rng.choice("abc") for _ in range(rng.randint(0, max(1, scale // 10))))
            block = half + rng.choice(["", "c", "d"]) + half[::-1]
        else:
            block = "".join(rng.choice("abcd") for _ in range(rng.randint(1, 8)))
        pieces.append(block)
        size += len(block)
    return ["".join(pieces)[:scale]]
