def anagram_window_count(text: str, pattern: str) -> int:
    m = len(pattern)
    wanted = [(ch, pattern.count(ch)) for ch in set(pattern)]
    count = text.count
    found = 0
    for i in range(len(text) - m + 1):
        # every pattern character must appear equally often; the lengths match,
        # so no other character can be in the window
        for ch, k in wanted:
            if count(ch, i, i + m) != k:
                break
        else:
            found += 1
    return found
