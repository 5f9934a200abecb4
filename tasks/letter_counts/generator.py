import random
import string


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    alphabet = string.ascii_letters * 3 + string.digits + string.punctuation + "   \n\t"
    return ["".join(rng.choices(alphabet, k=scale))]
