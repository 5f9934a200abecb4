def weighted_interval_schedule(intervals: list[list[int]]) -> int:
    # Sort by end; dp[i] = best using the first i ranges, dp[i] = max(dp[i-1], w + dp[p]) with
    # p = number of ranges ending at or before this start, found by scanning back from i.
    items = sorted(intervals, key=lambda it: it[1])
    dp = [0] * (len(items) + 1)
    for i, (s, e, w) in enumerate(items):
        p = i
        while p > 0 and items[p - 1][1] > s:
            p -= 1
        take = dp[p] + w
        dp[i + 1] = take if take > dp[i] else dp[i]
    return dp[-1]
