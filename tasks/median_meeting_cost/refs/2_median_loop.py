def median_meeting_cost(positions: list[int]) -> int:
    if not positions:
        return 0
    ordered = sorted(positions)
    p = ordered[len(ordered) // 2]
    cost = 0
    for x in ordered:
        cost += abs(x - p)
    return cost
