from bisect import bisect_right


def weighted_interval_schedule(intervals: list[list[int]]) -> int:
    # Same recurrence; the predecessor count p comes from a binary search over the ends.
    items = sorted(intervals, key=lambda it: it[1])
    ends = [it[1] for it in items]
    dp = [0] * (len(items) + 1)
    for i, (s, e, w) in enumerate(items):
        take = dp[bisect_right(ends, s, 0, i)] + w
        dp[i + 1] = take if take > dp[i] else dp[i]
    return dp[-1]
