def merge_piles_cost(piles: list[int]) -> int:
    n = len(piles)
    if n < 2:
        return 0
    prefix = [0]
    for p in piles:
        prefix.append(prefix[-1] + p)
    dp = [[0] * n for _ in range(n)]
    for length in range(2, n + 1):
        for i in range(n - length + 1):
            j = i + length - 1
            row = dp[i]
            best = None
            for k in range(i, j):
                c = row[k] + dp[k + 1][j]
                if best is None or c < best:
                    best = c
            row[j] = best + prefix[j + 1] - prefix[i]
    return dp[0][n - 1]
