import random
import string

ALPHABET = string.ascii_letters + string.digits


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    pieces = []
    size = 0
    while size < scale:
        # a run of distinct characters, so repeat-free stretches get long
        block = rng.sample(ALPHABET, rng.randint(1, len(ALPHABET)))
        pieces.append("".join(block))
        size += len(block)
    return ["".join(pieces)[:scale]]
