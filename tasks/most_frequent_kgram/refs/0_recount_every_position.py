def most_frequent_kgram(text: str, k: int) -> str:
    starts = len(text) - k + 1
    best = ""
    best_count = 0
    for i in range(starts):
        gram = text[i:i + k]
        count = 0
        for j in range(starts):
            if text[j:j + k] == gram:
                count += 1
        if count > best_count or (count == best_count and gram < best):
            best, best_count = gram, count
    return best
