def longest_palindrome_substring(text: str) -> str:
    n = len(text)
    best_start, best_len = 0, 0
    # centre c covers text[c // 2] (c even) or the gap after it (c odd)
    for c in range(2 * n - 1):
        lo = c // 2
        hi = lo + (c % 2)
        while lo >= 0 and hi < n and text[lo] == text[hi]:
            lo -= 1
            hi += 1
        length = hi - lo - 1
        if length > best_len:
            best_start, best_len = lo + 1, length
    return text[best_start:best_start + best_len]
