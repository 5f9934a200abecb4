def longest_increasing_subsequence(values: list[int]) -> int:
    ranks = {v: r for r, v in enumerate(sorted(set(values)), 1)}
    size = len(ranks)
    tree = [0] * (size + 1)  # prefix maxima of "best length ending with rank r"
    best = 0
    for v in values:
        r = ranks[v]
        i = r - 1  # strictly smaller values only
        cur = 0
        while i > 0:
            if tree[i] > cur:
                cur = tree[i]
            i &= i - 1
        cur += 1
        if cur > best:
            best = cur
        i = r
        while i <= size:
            if tree[i] < cur:
                tree[i] = cur
            i += i & -i
    return best
