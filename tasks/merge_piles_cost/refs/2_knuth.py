def merge_piles_cost(piles: list[int]) -> int:
    # Interval DP with Knuth's optimisation: the best split point of [i, j] lies between
    # the best split points of [i, j-1] and [i+1, j], so each diagonal costs O(n).
    n = len(piles)
    if n < 2:
        return 0
    prefix = [0]
    for p in piles:
        prefix.append(prefix[-1] + p)
    dp = [[0] * n for _ in range(n)]
    opt = [[0] * n for _ in range(n)]
    for i in range(n):
        opt[i][i] = i
    for length in range(2, n + 1):
        for i in range(n - length + 1):
            j = i + length - 1
            lo = opt[i][j - 1]
            hi = opt[i + 1][j]
            if hi > j - 1:
                hi = j - 1
            row = dp[i]
            best = row[lo] + dp[lo + 1][j]
            arg = lo
            for k in range(lo + 1, hi + 1):
                c = row[k] + dp[k + 1][j]
                if c < best:
                    best = c
                    arg = k
            row[j] = best + prefix[j + 1] - prefix[i]
            opt[i][j] = arg
    return dp[0][n - 1]
