def anagram_window_count(text: str, pattern: str) -> int:
    def tally(s: str) -> dict:
        counts: dict[str, int] = {}
        for ch in s:
            counts[ch] = counts.get(ch, 0) + 1
        return counts

    m = len(pattern)
    wanted = tally(pattern)
    found = 0
    for i in range(len(text) - m + 1):
        if tally(text[i:i + m]) == wanted:
            found += 1
    return found
