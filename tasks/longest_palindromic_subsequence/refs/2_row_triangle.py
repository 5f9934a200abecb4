def longest_palindromic_subsequence(s: str) -> int:
    # Interval DP over the upper triangle only, one row per start index i: row[k] is the
    # answer for s[i..i+k]. Each row is built from the previous one with zip instead of
    # indexing, so every cell is a few bytecodes.
    n = len(s)
    if n == 0:
        return 0
    prev: list[int] = []
    for i in range(n - 1, -1, -1):
        ch = s[i]
        cur = [1]
        append = cur.append
        left = 1
        for other, inner, below in zip(s[i + 1 :], [0, *prev], prev):
            if other == ch:
                left = inner + 2
            elif below > left:
                left = below
            append(left)
        prev = cur
    return prev[-1]
