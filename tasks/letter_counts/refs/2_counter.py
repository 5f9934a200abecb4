from collections import Counter


def letter_counts(text: str) -> list[int]:
    # collections.Counter counts every character with its C helper; pick the letters out.
    seen = Counter(text.lower())
    return [seen[c] for c in "abcdefghijklmnopqrstuvwxyz"]
