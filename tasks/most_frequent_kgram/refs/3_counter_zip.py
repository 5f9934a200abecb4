from collections import Counter


def most_frequent_kgram(text: str, k: int) -> str:
    if k > len(text):
        return ""
    # zip of k shifted copies yields the characters of every k-gram; join builds them in C
    counts = Counter(map("".join, zip(*[text[j:] for j in range(k)])))
    top = max(counts.values())
    return min(gram for gram, c in counts.items() if c == top)
