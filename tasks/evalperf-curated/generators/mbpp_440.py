"""Mbpp/440: a long text of long words with no "ly" and the only adverb last, so all scan it whole;
regexes without a word boundary backtrack quadratically inside each word, word-anchored ones do not."""

import random

SCALE = 5000  # approximate length of the text in characters
SEED = 0


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    letters = "abcdefghijkmnopqrstuvwxz"  # no 'l' and no 'y': no "ly" can appear
    table = bytes(ord(letters[i % len(letters)]) for i in range(256))
    blob = rng.randbytes(max(1, scale)).translate(table).decode("ascii")
    words = []
    pos = 0
    while pos < len(blob):
        n = rng.randint(10, 60)
        words.append(blob[pos:pos + n])
        pos += n
    adverb = rng.choice(["quickly", "silently", "happily", "carefully", "eagerly"])
    words.append(adverb)
    return [" ".join(words)]
