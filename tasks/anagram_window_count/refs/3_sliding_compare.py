def anagram_window_count(text: str, pattern: str) -> int:
    m = len(pattern)
    if m > len(text):
        return 0
    # both tallies carry every character that can occur, so no key ever has to be removed
    keys = set(text) | set(pattern)
    wanted = dict.fromkeys(keys, 0)
    for ch in pattern:
        wanted[ch] += 1
    window = dict.fromkeys(keys, 0)
    for ch in text[:m]:
        window[ch] += 1
    found = 1 if window == wanted else 0
    for incoming, outgoing in zip(text[m:], text):
        window[incoming] += 1
        window[outgoing] -= 1
        if window == wanted:
            found += 1
    return found
