def most_frequent_kgram(text: str, k: int) -> str:
    grams = [text[i:i + k] for i in range(len(text) - k + 1)]
    best = ""
    best_count = 0
    for gram in grams:
        count = grams.count(gram)
        if count > best_count or (count == best_count and gram < best):
            best, best_count = gram, count
    return best
