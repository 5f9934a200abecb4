def longest_palindromic_subsequence(s: str) -> int:
    # The longest palindromic subsequence is the longest common subsequence of s and
    # its reverse; one DP row is kept and walked with zip instead of indexing.
    r = s[::-1]
    prev = [0] * (len(r) + 1)
    for ch in s:
        cur = [0]
        append = cur.append
        left = 0
        for rc, diag, up in zip(r, prev, prev[1:]):
            if ch == rc:
                left = diag + 1
            elif up > left:
                left = up
            append(left)
        prev = cur
    return prev[-1]
