def median_meeting_cost(positions: list[int]) -> int:
    if not positions:
        return 0

    def cost(p: int) -> int:
        total = 0
        for x in positions:
            total += abs(x - p)
        return total

    # cost is convex in p: binary search for the first p where it stops decreasing
    lo, hi = min(positions), max(positions)
    while lo < hi:
        mid = (lo + hi) // 2
        if cost(mid + 1) >= cost(mid):
            hi = mid
        else:
            lo = mid + 1
    return cost(lo)
