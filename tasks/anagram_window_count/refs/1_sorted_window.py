def anagram_window_count(text: str, pattern: str) -> int:
    m = len(pattern)
    wanted = sorted(pattern)
    return sum(1 for i in range(len(text) - m + 1) if sorted(text[i:i + m]) == wanted)
