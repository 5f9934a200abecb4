def pattern_positions(text: str, pattern: str) -> list[int]:
    m = len(pattern)
    # fail[k] = length of the longest proper border of pattern[:k + 1]
    fail = [0] * m
    k = 0
    for i in range(1, m):
        while k and pattern[i] != pattern[k]:
            k = fail[k - 1]
        if pattern[i] == pattern[k]:
            k += 1
        fail[i] = k
    found = []
    k = 0
    for i, ch in enumerate(text):
        while k and ch != pattern[k]:
            k = fail[k - 1]
        if ch == pattern[k]:
            k += 1
            if k == m:
                found.append(i - m + 1)
                k = fail[k - 1]
    return found
