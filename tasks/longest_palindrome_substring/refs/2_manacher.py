def longest_palindrome_substring(text: str) -> str:
    if not text:
        return ""
    # interleave separators so every palindrome has odd length: "^#a#b#$"
    t = "^#" + "#".join(text) + "#$"
    m = len(t)
    radius = [0] * m
    centre = right = 0
    for i in range(1, m - 1):
        if i < right:
            r = min(right - i, radius[2 * centre - i])
        else:
            r = 0
        while t[i + r + 1] == t[i - r - 1]:
            r += 1
        radius[i] = r
        if i + r > right:
            centre, right = i, i + r
    best_len = max(radius)
    i = radius.index(best_len)  # first centre reaching it = leftmost start
    start = (i - best_len) // 2
    return text[start:start + best_len]
